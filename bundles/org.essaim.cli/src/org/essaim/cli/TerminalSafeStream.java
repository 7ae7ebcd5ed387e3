/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.PrintStream;

/**
 * What the command prints, made harmless for a terminal: a protocol, a case or a query can hold escape sequences
 * (colours, a rewritten window title, a cleared screen, a hidden line) that a terminal would obey if echoed raw.
 * Control characters other than line breaks and tabs, and the bidirectional overrides that reorder what is shown,
 * are printed as visible escapes ({@code \u001B}). Every text of the command line goes through here, once.
 */
final class TerminalSafeStream extends PrintStream {

	TerminalSafeStream(PrintStream target) {
		super(target, true, target.charset());
	}

	/** {@code text} with every character a terminal would interpret written as a visible escape. */
	static String escape(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean keep = !isDangerous(c) || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			if (keep) {
				if (safe != null) {
					safe.append(c);
				}
				continue;
			}
			if (safe == null) {
				safe = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			safe.append(String.format("\\u%04X", (int) c));
		}
		return safe == null ? text : safe.toString();
	}

	/** C0 and C1 controls (but line feed and tab), DEL, and the Unicode bidirectional embeddings and isolates. */
	private static boolean isDangerous(char c) {
		if (c == '\n' || c == '\t') {
			return false;
		}
		return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
	}

	@Override
	public void print(String text) {
		super.print(escape(String.valueOf(text)));
	}

	@Override
	public void print(Object object) {
		print(String.valueOf(object));
	}

	@Override
	public void print(char c) {
		print(String.valueOf(c));
	}

	@Override
	public void print(char[] text) {
		print(new String(text));
	}

	@Override
	public void println(String text) {
		synchronized (this) {
			print(text);
			println();
		}
	}

	@Override
	public void println(Object object) {
		println(String.valueOf(object));
	}

	@Override
	public void println(char[] text) {
		println(new String(text));
	}

	@Override
	public void println(char c) {
		println(String.valueOf(c));
	}
}
