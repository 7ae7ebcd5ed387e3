/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of the guide as AsciiDoc: {@code name} is its path in the output without extension ("cas/TEST"),
 * {@code chapter} the chapter page it belongs to (itself for a chapter), {@code origin} the workspace file it
 * comes from (null for pages gathered from many files), {@code summary} a line for the home page and search;
 * {@code images} are the SVG figures the page shows, by file name, written beside it (sorted: the output is repeatable).
 */
record GuidePage(String name, String title, String chapter, String summary, String asciidoc, Path origin, SortedMap<String, String> images) {

	GuidePage {
		images = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(images));
	}

	GuidePage(String name, String title, String chapter, String summary, String asciidoc, Path origin) {
		this(name, title, chapter, summary, asciidoc, origin, new TreeMap<>());
	}

	/** The page's folder in the output ("cas/" for "cas/TEST", "" for "index"), where its images go. */
	String folder() {
		int slash = name.lastIndexOf('/');
		return slash < 0 ? "" : name.substring(0, slash + 1);
	}

	boolean isChapter() {
		return name.equals(chapter);
	}
}
