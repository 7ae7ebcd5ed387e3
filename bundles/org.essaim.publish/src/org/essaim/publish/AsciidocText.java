/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

/**
 * Writes user text into generated AsciiDoc so that it is shown exactly as typed and can never become
 * markup: every ASCII punctuation character becomes a numeric character reference, which Asciidoctor
 * passes through to HTML as it is. No passthrough, macro, attribute reference, include or formatting
 * mark survives, and neither does raw HTML.
 */
public final class AsciidocText {

	private AsciidocText() {
	}

	/** User text for an inline context (a title, a table cell, a list item): one line, escaped. */
	public static String inline(String text) {
		if (text == null) {
			return "";
		}
		// Control characters count as spaces before stripping: a line left starting with a space is a literal block.
		return escapeLine(text.replaceAll("[\\s\\p{Cc}]+", " ").strip());
	}

	/** User prose as AsciiDoc paragraphs: blank lines separate paragraphs, every line escaped. */
	public static String paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			if (!out.isEmpty()) {
				out.append("\n\n");
			}
			out.append(inline(paragraph));
		}
		return out.toString();
	}

	private static String escapeLine(String line) {
		StringBuilder out = new StringBuilder(line.length() + 16);
		line.codePoints().forEach(c -> {
			// Control characters first: as references (&#0;) Asciidoctor would show them as literal text.
			if (Character.isISOControl(c)) {
				out.append(' ');
			} else if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ') {
				out.append("&#").append(c).append(';');
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
