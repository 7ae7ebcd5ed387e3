/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

/** The best hits of a search, how many documents matched in all, and the facet counts over all of them. */
public record SearchResults(List<SearchHit> hits, long totalHits, List<FacetCounts> facets) {

	/** The counts of one dimension ({@code "territoire"}...), empty when no matching document has a value. */
	public List<FacetValue> facet(String dimension) {
		return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst().map(FacetCounts::values).orElse(List.of());
	}
}
