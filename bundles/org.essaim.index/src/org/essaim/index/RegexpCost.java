/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import org.apache.lucene.util.automaton.RegExp;

/**
 * How large the automaton of a typed regular expression would grow, estimated from its syntax tree before Lucene
 * builds it: repetitions multiply the size of what they repeat, so that {@code /x++++++++++++++++++++/} (each
 * "+" doubling the automaton) is recognised as too large instead of exhausting the memory while being built.
 */
final class RegexpCost {

	/** Estimated states a regular expression of a query may have. */
	static final long MAX_STATES = 10_000;

	private RegexpCost() {
	}

	/** Whether {@code text} (without its slashes) is too large a regular expression; false for one Lucene will refuse anyway. */
	static boolean tooLarge(String text) {
		RegExp regexp;
		try {
			regexp = new RegExp(text, RegExp.ALL);
		} catch (IllegalArgumentException e) {
			return false; // not a regular expression: the parser says so itself
		}
		return states(regexp) > MAX_STATES;
	}

	/** Estimated states, saturated just above the bound so that the arithmetic never overflows. */
	private static long states(RegExp node) {
		if (node == null) {
			return 0;
		}
		long size = switch (node.kind) {
		case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION -> states(node.exp1) + states(node.exp2);
		case REGEXP_OPTIONAL -> states(node.exp1) + 1;
		case REGEXP_REPEAT -> times(states(node.exp1), 2);
		case REGEXP_REPEAT_MIN -> times(states(node.exp1), Math.max(0, node.min) + 2L);
		case REGEXP_REPEAT_MINMAX -> times(states(node.exp1), Math.max(Math.max(node.min, node.max), 0) + 1L);
		case REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> times(states(node.exp1), 4);
		case REGEXP_STRING -> node.s == null ? 1 : node.s.length();
		case REGEXP_CHAR_CLASS -> node.from == null ? 1 : node.from.length;
		case REGEXP_INTERVAL -> Math.max(1, node.digits);
		default -> 1;
		};
		return Math.min(size, MAX_STATES + 1);
	}

	private static long times(long a, long b) {
		return a > (MAX_STATES + 1) / Math.max(1, b) ? MAX_STATES + 1 : a * b;
	}
}
