/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

/**
 * Finds the string or comment of a protocol that is never closed, scanning as the language's lexer does
 * (Xtext's common terminals: "..." and '...' with backslash escapes, block and line comments).
 */
final class UnclosedText {

	/** Where an unclosed string ({@code quote} is its quote) or comment ({@code comment}) opens. */
	record Opening(int line, boolean comment, char quote) {
	}

	private UnclosedText() {
	}

	/** The first opening that is never closed, or null when every string and comment is closed. */
	static Opening find(String text) {
		int line = 1;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			char next = i + 1 < length ? text.charAt(i + 1) : 0;
			if (c == '"' || c == '\'') {
				int opened = line;
				i++;
				boolean closed = false;
				while (i < length && !closed) {
					char d = text.charAt(i);
					if (d == '\\' && i + 1 < length) {
						line += text.charAt(i + 1) == '\n' ? 1 : 0;
						i += 2;
						continue;
					}
					line += d == '\n' ? 1 : 0;
					closed = d == c;
					i++;
				}
				if (!closed) {
					return new Opening(opened, false, c);
				}
			} else if (c == '/' && next == '*') {
				int opened = line;
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					return new Opening(opened, true, (char) 0);
				}
				line += count(text, i, end + 2);
				i = end + 2;
			} else if (c == '/' && next == '/') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? length : end;
			} else {
				line += c == '\n' ? 1 : 0;
				i++;
			}
		}
		return null;
	}

	private static int count(String text, int from, int to) {
		int lines = 0;
		for (int i = from; i < to; i++) {
			lines += text.charAt(i) == '\n' ? 1 : 0;
		}
		return lines;
	}
}
