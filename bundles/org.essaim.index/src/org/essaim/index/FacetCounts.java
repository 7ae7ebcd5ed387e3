/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

/** The values of one facet dimension among the matching documents, most frequent first. */
public record FacetCounts(String dimension, String label, List<FacetValue> values) {
}
