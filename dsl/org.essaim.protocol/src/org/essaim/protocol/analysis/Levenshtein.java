/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

/** Edit distance between two names, to suggest the declared name a typing slip was meant to be. */
public final class Levenshtein {

	private Levenshtein() {
	}

	/** The number of one-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
	public static int distance(String a, String b) {
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

	/** How far a name may be from what was typed and still be a slip: a third of its length, at least {@code minimum}. */
	public static int tolerance(String written, int minimum) {
		return Math.max(minimum, written.length() / 3);
	}
}
