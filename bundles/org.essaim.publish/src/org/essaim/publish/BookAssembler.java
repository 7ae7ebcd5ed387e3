/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/**
 * The PDF book as one AsciiDoc document: a title page (the cover), the table of contents, then every chapter as a
 * part and its pages as the part's chapters (level offsets, no include, so nothing is read from disk).
 */
final class BookAssembler {

	private BookAssembler() {
	}

	static String asciidoc(List<GuidePage> pages) {
		StringBuilder book = new StringBuilder();
		book.append("= ").append(AsciidocText.inline(Labels.text("guideTitle"))).append(": ").append(AsciidocText.inline(Labels.text("guideSubtitle")))
				.append('\n');
		book.append(Labels.text("bookAuthor").replaceAll("[^\\p{L}\\p{N}' ]", " ")).append('\n'); // the author line shows no character reference
		book.append(":doctype: book\n:toc:\n:toclevels: 1\n:title-page:\n:chapter-signifier!:\n:part-signifier!:\n:pdf-theme: essaim\n:pdf-themesdir: {docdir}\n\n");
		book.append("[preface]\n== ").append(AsciidocText.inline(Labels.text("aboutThisBook"))).append("\n\n")
				.append(AsciidocText.paragraphs(Labels.text("guideLead"))).append("\n\n").append(AsciidocText.paragraphs(Labels.text("licenceNotice")))
				.append("\n\n");
		for (int i = 0; i < pages.size(); i++) {
			GuidePage page = pages.get(i);
			boolean sub = !page.isChapter();
			boolean lonePart = !sub && (i + 1 == pages.size() || pages.get(i + 1).isChapter()) && !hasSection(page.asciidoc());
			if (lonePart) { // a part needs a chapter: the page's body becomes one, under the same title
				String title = page.asciidoc().lines().filter(l -> l.startsWith("= ")).findFirst().orElse("= ?").substring(2);
				book.append(page.asciidoc().strip().replaceFirst("(?m)^= .*$", "= " + java.util.regex.Matcher.quoteReplacement(title) + "\n\n== "
						+ java.util.regex.Matcher.quoteReplacement(title))).append("\n\n");
				continue;
			}
			if (sub) {
				book.append(":leveloffset: +1\n\n");
			}
			book.append(page.asciidoc().strip()).append("\n\n");
			if (sub) {
				book.append(":leveloffset!:\n\n");
			}
		}
		return book.toString();
	}

	/** The book's theme: Asciidoctor PDF's default (its Noto fonts cover French and the euro sign) with Essaim's colours and a cover. */
	static final String THEME = """
			extends: default
			page:
			  size: A4
			title_page:
			  background_color: '1D3B2A'
			  align: left
			  title:
			    top: 38%
			    font_color: 'FFFFFF'
			    font_size: 34
			  subtitle:
			    font_color: 'D8E4DA'
			    font_size: 18
			  authors:
			    margin_top: 24
			    font_color: 'FFFFFF'
			heading:
			  font_color: '1D3B2A'
			link:
			  font_color: '2D5A3F'
			""";

	private static boolean hasSection(String asciidoc) {
		return asciidoc.lines().anyMatch(l -> l.startsWith("== "));
	}
}
