/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/** Builds generated AsciiDoc: structure is written here, user text always goes through {@link AsciidocText}. */
final class AsciidocBuilder {

	private final StringBuilder text = new StringBuilder();
	private final Links links;

	AsciidocBuilder(Links links) {
		this.links = links;
	}

	/** The page's title (user text); in the book, with the anchor other chapters link to. */
	AsciidocBuilder title(String userTitle) {
		return titleMarkup(AsciidocText.inline(userTitle));
	}

	/** The page's title, already AsciiDoc built by Essaim. */
	AsciidocBuilder titleMarkup(String title) {
		if (links.book()) {
			text.append("[#").append(Links.anchor(links.currentPage())).append("]\n");
		}
		text.append("= ").append(title).append("\n\n");
		return this;
	}

	/** A link to another page of the guide (plain text when the guide lacks it). */
	String link(String page, String userLabel) {
		return links.to(page, userLabel);
	}

	Links links() {
		return links;
	}

	/** Essaim's own AsciiDoc (never user text), appended as it is. */
	AsciidocBuilder raw(String markup) {
		text.append(markup);
		return this;
	}

	/** A block image (a figure written beside the page), its text alternative quoted so that commas stay in it. */
	AsciidocBuilder image(String target, String alt) {
		text.append(imageMacro(target, alt)).append("\n\n");
		return this;
	}

	/**
	 * {@code image::target["alt",opts=interactive]}; the target is a file name Essaim chose. Interactive: the site
	 * embeds the SVG as an object, so that its tooltips (counts, names) show on hover; the PDF ignores the option.
	 */
	static String imageMacro(String target, String alt) {
		return "image::" + target + "[\"" + alt.replace("\"", "'").replace("]", ")") + "\",opts=interactive]";
	}

	/** A checklist: one tickable line per item (items already escaped or built here). */
	AsciidocBuilder checklist(List<String> items) {
		for (String item : items) {
			text.append("* [ ] ").append(item).append('\n');
		}
		if (!items.isEmpty()) {
			text.append('\n');
		}
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
		if (!text.toString().endsWith("]\n")) { // a caller may have given the table its own attribute line
			text.append("[cols=\"").append(String.join(",", java.util.Collections.nCopies(headers.size(), "1"))).append("\",options=\"header\"]\n");
		}
		text.append("|===\n");
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

	@Override
	public String toString() {
		return text.toString();
	}
}
