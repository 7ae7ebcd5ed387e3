/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

/** Lets tests of other packages wait for the search jobs. */
public final class SearchViewAccess {

	private SearchViewAccess() {
	}

	public static Object family() {
		return SearchJob.FAMILY;
	}
}
