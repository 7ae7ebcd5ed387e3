/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

/** One bar of a bar chart: a label (a facet value) and its count. */
public record Bar(String label, long count) {
}
