/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Up to five classes of counts (quantiles of the non-zero counts), each with its colour and its French legend. */
final class ChoroplethClasses {

	static final String ZERO = "#f1f1ee";
	private static final String[] BLUES = { "#dbe9f6", "#a6cbe3", "#6aaed6", "#3182bd", "#0b559f" };

	private final List<Integer> upperBounds = new ArrayList<>();

	ChoroplethClasses(Collection<Integer> counts) {
		List<Integer> positive = counts.stream().filter(c -> c > 0).sorted().toList();
		TreeSet<Integer> distinct = new TreeSet<>(positive);
		if (distinct.size() <= BLUES.length) {
			upperBounds.addAll(distinct);
			return;
		}
		TreeSet<Integer> bounds = new TreeSet<>();
		for (int i = 1; i <= BLUES.length; i++) {
			bounds.add(positive.get(Math.min(positive.size() - 1, (int) Math.ceil(positive.size() * i / (double) BLUES.length) - 1)));
		}
		upperBounds.addAll(bounds);
	}

	String colour(int count) {
		if (count <= 0) {
			return ZERO;
		}
		int offset = BLUES.length - upperBounds.size(); // few classes take the darker end of the scale
		for (int i = 0; i < upperBounds.size(); i++) {
			if (count <= upperBounds.get(i)) {
				return BLUES[offset + i];
			}
		}
		return BLUES[BLUES.length - 1];
	}

	/** Whether a label written over this count's colour must be white to be read. */
	boolean isDark(int count) {
		String colour = colour(count);
		return colour.equals(BLUES[BLUES.length - 1]) || colour.equals(BLUES[BLUES.length - 2]);
	}

	/** Legend rows: {colour, "de 4 à 10"}; the first row is the empty class. */
	List<String[]> legend() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { ZERO, "aucun" });
		int previous = 0;
		for (int bound : upperBounds) {
			String label = bound == previous + 1 ? Svg.count(bound) : "de " + Svg.count(previous + 1) + " à " + Svg.count(bound);
			rows.add(new String[] { colour(bound), label });
			previous = bound;
		}
		return rows;
	}
}
