/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.Collection;

/** The declared name a typing slip was probably meant to be (edit distance), for messages that suggest it. */
final class Names {

	private Names() {
	}

	/**
	 * The name of {@code declared} closest to {@code written}, if it is close enough to be a slip (one edit for
	 * short names, a third of the length for longer ones) and no other name is as close; null otherwise.
	 */
	static String closest(String written, Collection<String> declared) {
		if (written == null) {
			return null;
		}
		int tolerance = Math.max(1, written.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (String name : declared) {
			int distance = distance(written, name);
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
				tie = false;
			} else if (distance == bestDistance) {
				tie = true;
			}
		}
		return best != null && bestDistance > 0 && bestDistance <= tolerance && !tie ? best : null;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
