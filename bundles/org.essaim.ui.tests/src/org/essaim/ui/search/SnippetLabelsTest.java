/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;

/** Snippets come with matched words between "**": shown without the marks, those words in bold. */
class SnippetLabelsTest {

	private static List<String> boldWords(SnippetLabels.Styled styled) {
		return styled.bold().stream().map((StyleRange range) -> styled.text().substring(range.start, range.start + range.length)).toList();
	}

	@Test
	void marksBecomeBoldRanges() {
		SnippetLabels.Styled styled = SnippetLabels.parse("… un **tiers-lieu** rural et des **tiers-lieux** …");
		assertEquals("… un tiers-lieu rural et des tiers-lieux …", styled.text());
		assertEquals(List.of("tiers-lieu", "tiers-lieux"), boldWords(styled));
	}

	@Test
	void lineBreaksAreFlattenedToOneLine() {
		assertEquals("une résidence de six mois", SnippetLabels.parse("une résidence\n  de six\tmois").text());
	}

	@Test
	void anUnclosedMarkIsKeptAsText() {
		SnippetLabels.Styled styled = SnippetLabels.parse("note **sans fin");
		assertEquals("note **sans fin", styled.text());
		assertEquals(List.of(), boldWords(styled));
	}

	@Test
	void emptySnippetGivesEmptyText() {
		assertEquals("", SnippetLabels.parse("").text());
		assertEquals("", SnippetLabels.parse(null).text());
	}
}
