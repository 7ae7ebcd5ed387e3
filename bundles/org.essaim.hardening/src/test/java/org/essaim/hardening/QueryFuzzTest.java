/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.essaim.index.EssaimIndex;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;
import org.essaim.index.SearchRequest;
import org.essaim.index.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any string typed in the search box gives hits or a QueryException with a message, never another exception; and
 * the shapes an outside attack found (deep nesting, thousand-word queries, storms of fuzzy and wildcard terms,
 * soups of boolean operators, regular expressions of stacked repetitions) answer in bounded time, with French messages and notices.
 */
class QueryFuzzTest {

	private static Path workspace;
	private static EssaimIndex index;

	/** Vocabulary of the shaped queries: words of the corpus, synonyms and acronyms, accents and elisions. */
	private static final String[] WORDS = { "résidence", "designer", "collectivité", "tiers-lieu", "ESS", "économie", "sociale", "solidaire",
			"open", "data", "living", "lab", "hackathon", "territoire", "rural", "habitants", "l'État", "PTCE", "fablab", "mairie", "é", "x" };
	private static final String[] SUFFIXES = { "~", "~1", "~2", "*", "?", "*?*", "~0.5", "^3", "" };
	private static final String[] SOUP = { "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "\"", "[", "]", "{", "}", "TO", ":", "title:",
			"*", "?", "~", "^", "/", "\\", "résidence", "ESS" };
	private static final String[] REGEXP_PARTS = { "+", "*", "?", "{2,5}", "{0,1000}", "(", ")", "|", ".", "a", "[a-z]", "~", "&", "@" };
	/** Far above what a bounded query takes, even instrumented by the fuzzer; a query that needs it is a finding. */
	private static final long SECONDS_PER_QUERY = 30;

	@BeforeAll
	static void indexTheExamples() throws IOException {
		Locale.setDefault(Locale.FRENCH);
		workspace = Workspaces.examplesCopy("essaim-fuzz-query", 12);
		index = EssaimIndex.open(workspace, workspace.resolveSibling(workspace.getFileName() + "-index"));
		index.rebuild();
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
		Workspaces.deleteTree(workspace.resolveSibling(workspace.getFileName() + "-index"));
		Workspaces.deleteTree(workspace);
	}

	@FuzzTest(maxDuration = "5m")
	void anyQueryGivesHitsOrAMessage(byte[] input) {
		String query = new String(input, StandardCharsets.UTF_8);
		try {
			for (SearchHit hit : index.search(query, 10)) {
				assertNotNull(hit.file());
			}
		} catch (QueryException e) {
			assertNotNull(e.getMessage());
			assertFalse(e.getMessage().isBlank(), "a query error without a message");
		}
	}

	/** A query of a shape the fuzzer picks and sizes: the hostile shapes are reached at once, not by chance. */
	@FuzzTest(maxDuration = "5m")
	void anyShapedQueryGivesHitsOrAMessage(FuzzedDataProvider data) {
		String query = switch (data.consumeInt(0, 5)) {
		case 0 -> nested(data);
		case 1 -> words(data, data.consumeInt(0, 3_000), " ");
		case 2 -> storm(data);
		case 3 -> soup(data);
		case 4 -> regexp(data);
		default -> data.consumeRemainingAsString();
		};
		long start = System.nanoTime();
		try {
			SearchResults results = index.search(SearchRequest.of(query, 10));
			results.hits().forEach(hit -> assertNotNull(hit.file()));
			results.notices().forEach(notice -> assertFrench(notice, query));
		} catch (QueryException e) {
			assertNotNull(e.getMessage());
			assertFrench(e.getMessage(), query);
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		assertTrue(seconds < SECONDS_PER_QUERY, () -> seconds + " s for a query of " + query.length() + " characters");
	}

	private static String nested(FuzzedDataProvider data) {
		int depth = data.consumeInt(0, 20_000);
		String open = data.pickValue(new String[] { "(", "+(", "-(", "NOT (", "( " });
		String close = data.consumeBoolean() ? ")".repeat(depth) : ")".repeat(data.consumeInt(0, depth));
		return open.repeat(depth) + data.pickValue(WORDS) + close;
	}

	private static String words(FuzzedDataProvider data, int count, String separator) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : separator).append(data.pickValue(WORDS));
		}
		return text.toString();
	}

	private static String storm(FuzzedDataProvider data) {
		int count = data.consumeInt(0, 600);
		String separator = data.pickValue(new String[] { " ", " OR ", " AND ", " || " });
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : separator).append(data.pickValue(WORDS)).append(data.pickValue(SUFFIXES));
		}
		return text.toString();
	}

	/** A regular expression whose repetitions the fuzzer stacks (the plain-bytes target found /x+++.../ exhausting memory). */
	private static String regexp(FuzzedDataProvider data) {
		StringBuilder text = new StringBuilder("/").append(data.pickValue(WORDS));
		for (int i = data.consumeInt(0, 80); i > 0; i--) {
			text.append(data.pickValue(REGEXP_PARTS));
		}
		return text.append('/').toString();
	}

	private static String soup(FuzzedDataProvider data) {
		int count = data.consumeInt(0, 400);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(data.pickValue(SOUP)).append(data.consumeBoolean() ? " " : "");
		}
		return text.toString();
	}

	/** Messages are the user's (French), never Lucene's English parse errors or internal limits. */
	private static void assertFrench(String message, String query) {
		assertFalse(message.isBlank(), "a blank message");
		for (String english : new String[] { "Cannot parse", "Encountered", "Exceeded maximum", "too many boolean clauses", "Lexical error" }) {
			assertFalse(message.contains(english) && !query.contains(english), () -> "an English message: " + message);
		}
	}
}
