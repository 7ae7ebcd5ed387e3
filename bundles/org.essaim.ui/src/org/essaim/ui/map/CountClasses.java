/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Up to five classes of counts, by quantiles of the non-zero counts (as the guide's SVG map does, so that both maps
 * read alike): with equal steps, Paris's 200 places would leave every other département in the first class.
 */
final class CountClasses {

	/** Classes besides the empty one (class 0). */
	static final int CLASSES = 5;

	private final List<Integer> upperBounds = new ArrayList<>();

	CountClasses(Collection<Integer> counts) {
		List<Integer> positive = counts.stream().filter(c -> c > 0).sorted().toList();
		TreeSet<Integer> distinct = new TreeSet<>(positive);
		if (distinct.size() <= CLASSES) {
			upperBounds.addAll(distinct);
			return;
		}
		TreeSet<Integer> bounds = new TreeSet<>();
		for (int i = 1; i <= CLASSES; i++) {
			bounds.add(positive.get(Math.min(positive.size() - 1, (int) Math.ceil(positive.size() * i / (double) CLASSES) - 1)));
		}
		upperBounds.addAll(bounds);
	}

	/** 0 for no count, else 1..5; few classes take the darker end of the scale. */
	int classOf(int count) {
		if (count <= 0) {
			return 0;
		}
		int offset = CLASSES - upperBounds.size();
		for (int i = 0; i < upperBounds.size(); i++) {
			if (count <= upperBounds.get(i)) {
				return 1 + offset + i;
			}
		}
		return CLASSES;
	}

	/** Legend rows as {class, label}: "0", then "1", "2 – 5", ... */
	List<Object[]> legend() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 0, "0" });
		int previous = 0;
		for (int bound : upperBounds) {
			rows.add(new Object[] { classOf(bound), bound == previous + 1 ? String.valueOf(bound) : (previous + 1) + " – " + bound });
			previous = bound;
		}
		return rows;
	}
}
