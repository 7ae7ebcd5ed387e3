/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

/**
 * The best hits of a search, how many documents matched in all, the facet counts over all of them, and what was
 * left out of a query too large to run whole ({@code notices}, in the user's language; empty for most queries).
 */
public record SearchResults(List<SearchHit> hits, long totalHits, List<FacetCounts> facets, List<String> notices) {

	public SearchResults {
		notices = List.copyOf(notices);
	}

	/** Results of a query run whole. */
	public SearchResults(List<SearchHit> hits, long totalHits, List<FacetCounts> facets) {
		this(hits, totalHits, facets, List.of());
	}

	/** The counts of one dimension ({@code "territoire"}...), empty when no matching document has a value. */
	public List<FacetValue> facet(String dimension) {
		return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst().map(FacetCounts::values).orElse(List.of());
	}
}
