/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import org.eclipse.core.expressions.PropertyTester;
import org.essaim.index.SearchHit;

/** {@code org.essaim.ui.isCaseHit}: whether a selected element is a case study among the search results. */
public final class CaseHitTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof SearchHit hit && SearchHit.CASE.equals(hit.kind());
	}
}
