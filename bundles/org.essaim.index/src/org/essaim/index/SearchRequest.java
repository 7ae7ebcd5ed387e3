/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

/**
 * What to look for: the words typed (may be blank or {@code *} when filters alone select, to browse by
 * facets), facet filters (all must hold; two values of one dimension mean either), and how many hits.
 */
public record SearchRequest(String query, List<FacetFilter> filters, int limit) {

	public SearchRequest {
		filters = filters == null ? List.of() : List.copyOf(filters);
		limit = Math.max(1, limit);
	}

	/** Words alone, no filter. */
	public static SearchRequest of(String query, int limit) {
		return new SearchRequest(query, List.of(), limit);
	}
}
