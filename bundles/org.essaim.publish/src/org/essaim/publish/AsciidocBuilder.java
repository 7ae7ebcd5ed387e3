/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/** Builds generated AsciiDoc: structure is written here, user text always goes through {@link AsciidocText}. */
final class AsciidocBuilder {

	private final StringBuilder text = new StringBuilder();

	AsciidocBuilder title(String userTitle) {
		text.append("= ").append(AsciidocText.inline(userTitle)).append("\n\n");
		return this;
	}

	AsciidocBuilder navigation(String backLink) {
		text.append("[.essaim-nav]\n").append(backLink).append("\n\n");
		return this;
	}

	AsciidocBuilder section(String label) {
		text.append("== ").append(label).append("\n\n");
		return this;
	}

	AsciidocBuilder subsection(String heading) {
		text.append("=== ").append(heading).append("\n\n");
		return this;
	}

	/** A lead paragraph of user prose (nothing when blank). */
	AsciidocBuilder lead(String userText) {
		if (userText != null && !userText.isBlank()) {
			text.append("[.lead]\n").append(AsciidocText.inline(userText)).append("\n\n");
		}
		return this;
	}

	AsciidocBuilder paragraphs(String userText) {
		String escaped = AsciidocText.paragraphs(userText);
		if (!escaped.isEmpty()) {
			text.append(escaped).append("\n\n");
		}
		return this;
	}

	/** A "label: value" line per non-empty value; values are user text. */
	AsciidocBuilder field(String label, String userValue) {
		if (userValue != null && !userValue.isBlank()) {
			text.append("*").append(label).append("* : ").append(AsciidocText.inline(userValue)).append(" +\n");
		}
		return this;
	}

	/** A field whose value is already AsciiDoc built by this class (e.g. a link). */
	AsciidocBuilder fieldMarkup(String label, String markup) {
		text.append("*").append(label).append("* : ").append(markup).append(" +\n");
		return this;
	}

	AsciidocBuilder endFields() {
		text.append("\n");
		return this;
	}

	/** A bulleted list of items already escaped or built here. */
	AsciidocBuilder list(List<String> items) {
		for (String item : items) {
			text.append("* ").append(item).append('\n');
		}
		if (!items.isEmpty()) {
			text.append('\n');
		}
		return this;
	}

	/** A table: headers are labels, cells are already-escaped AsciiDoc. */
	AsciidocBuilder table(List<String> headers, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return this;
		}
		text.append("[cols=\"").append(String.join(",", java.util.Collections.nCopies(headers.size(), "1"))).append("\",options=\"header\"]\n|===\n");
		headers.forEach(h -> text.append("|").append(h).append(' '));
		text.append("\n\n");
		for (List<String> row : rows) {
			row.forEach(cell -> text.append("|").append(cell).append('\n'));
			text.append('\n');
		}
		text.append("|===\n\n");
		return this;
	}

	/** A quotation of a source, attributed to its document and lines. */
	AsciidocBuilder quote(String userQuote, String userAttribution) {
		text.append("____\n").append(AsciidocText.inline(userQuote)).append("\n____\n\n");
		text.append("[.source]\n— ").append(AsciidocText.inline(userAttribution)).append("\n\n");
		return this;
	}

	/** A link to another page of the guide, relative to the current page's folder depth. */
	static String link(String fromPrefix, String page, String userLabel) {
		return "link:" + fromPrefix + page + ".html[" + AsciidocText.inline(userLabel) + "]";
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
