/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.nio.file.Path;

/**
 * One page of the guide as AsciiDoc: {@code name} is its path in the output without extension ("cas/TEST"),
 * {@code chapter} the chapter page it belongs to (itself for a chapter), {@code origin} the workspace file it
 * comes from (null for pages gathered from many files), {@code summary} a line for the home page and search.
 */
record GuidePage(String name, String title, String chapter, String summary, String asciidoc, Path origin) {

	boolean isChapter() {
		return name.equals(chapter);
	}
}
