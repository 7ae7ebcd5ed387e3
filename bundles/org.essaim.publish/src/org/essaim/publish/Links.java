/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.Set;

/**
 * How a page links to another: relative {@code .html} links on the site, cross-references inside the PDF book.
 * A link to a page the guide does not have (a related case missing from the workspace) stays plain text, so that
 * no output carries a broken link.
 */
record Links(String currentPage, Set<String> knownPages, boolean book) {

	/** Links of a page of the HTML site. */
	static Links site(String currentPage, Set<String> knownPages) {
		return new Links(currentPage, knownPages, false);
	}

	/** Links inside the PDF book, where every page is a chapter. */
	static Links inBook(String currentPage, Set<String> knownPages) {
		return new Links(currentPage, knownPages, true);
	}

	/** A link to {@code page} labelled with escaped user text. */
	String to(String page, String userLabel) {
		return markup(page, AsciidocText.inline(userLabel));
	}

	/** A link to {@code page} whose label is already AsciiDoc built by Essaim. */
	String markup(String page, String labelMarkup) {
		if (!knownPages.contains(page)) {
			return labelMarkup;
		}
		if (book) {
			return "<<" + anchor(page) + "," + labelMarkup + ">>";
		}
		return "link:" + relative(currentPage, page) + ".html[" + labelMarkup + "]";
	}

	/**
	 * The target of an image macro for a figure written beside the current page: its file name on the site, its path
	 * from the sources folder (where the book is rendered) in the book.
	 */
	String image(String file) {
		int slash = currentPage.lastIndexOf('/');
		return book && slash >= 0 ? currentPage.substring(0, slash + 1) + file : file;
	}

	/** The book's id for a page ("cas/TEST" reads "cas-TEST"); page names hold only safe characters. */
	static String anchor(String page) {
		return "p-" + page.replace('/', '-');
	}

	/** The path from {@code from}'s folder to {@code to}, both page names ("cas/TEST", "index"). */
	static String relative(String from, String to) {
		int depth = (int) from.chars().filter(c -> c == '/').count();
		return "../".repeat(depth) + to;
	}
}
