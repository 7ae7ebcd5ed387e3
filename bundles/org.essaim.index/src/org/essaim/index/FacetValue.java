/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

/** One value of a facet and how many of the matching documents have it. */
public record FacetValue(String value, int count) {
}
