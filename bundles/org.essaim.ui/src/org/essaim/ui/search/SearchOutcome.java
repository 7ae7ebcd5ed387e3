/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.util.List;

import org.essaim.index.SearchHit;

/**
 * What a search produced: hits, or a message for the user (a query that cannot be understood, an index
 * that cannot be read).
 */
record SearchOutcome(String query, List<SearchHit> hits, String error) {

	static SearchOutcome found(String query, List<SearchHit> hits) {
		return new SearchOutcome(query, List.copyOf(hits), null);
	}

	static SearchOutcome failed(String query, String error) {
		return new SearchOutcome(query, List.of(), error);
	}

	boolean failed() {
		return error != null;
	}
}
