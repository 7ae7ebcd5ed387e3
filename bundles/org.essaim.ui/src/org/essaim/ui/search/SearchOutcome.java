/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.util.List;

import org.essaim.index.FacetCounts;
import org.essaim.index.FacetFilter;
import org.essaim.index.SearchHit;

/**
 * What a search job found: the hits, how many documents matched and the facet counts of the matches, or the
 * message of why it failed. {@code filters} are those the search ran with, so the view can drop stale answers.
 */
record SearchOutcome(String query, List<FacetFilter> filters, List<SearchHit> hits, long totalHits, List<FacetCounts> facets, String error) {

	static SearchOutcome found(String query, List<FacetFilter> filters, List<SearchHit> hits, long totalHits, List<FacetCounts> facets) {
		return new SearchOutcome(query, List.copyOf(filters), List.copyOf(hits), totalHits, List.copyOf(facets), null);
	}

	static SearchOutcome failed(String query, List<FacetFilter> filters, String error) {
		return new SearchOutcome(query, List.copyOf(filters), List.of(), 0, List.of(), error);
	}

	boolean failed() {
		return error != null;
	}
}
