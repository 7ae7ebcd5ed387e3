/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.essaim.protocol.LocalizedMessages;

/** Parses a query typed by a person, runs it and turns the top documents into {@link SearchHit}s. */
final class QueryRunner {

	private static final LocalizedMessages MESSAGES = new LocalizedMessages(QueryRunner.class);
	private static final String[] TEXT_FIELDS = { IndexFields.TITLE, IndexFields.NAMES, IndexFields.SUMMARY, IndexFields.BODY };
	private static final Set<String> SHOWN_FIELDS = Set.of(IndexFields.ID, IndexFields.KIND, IndexFields.TITLE, IndexFields.PATH);

	private final Analyzer analyzer;
	private final Path root;

	QueryRunner(Analyzer analyzer, Path root) {
		this.analyzer = analyzer;
		this.root = root;
	}

	List<SearchHit> run(IndexSearcher searcher, String text, int limit) throws IOException, QueryException {
		Query query = parse(text);
		TopDocs top;
		try {
			top = searcher.search(query, limit);
		} catch (IndexSearcher.TooManyClauses e) {
			throw new QueryException(MESSAGES.format("tooManyClauses", text));
		}
		Map<String, String[]> snippets = snippets(searcher, query, top);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = top.scoreDocs[i];
			Document document = searcher.storedFields().document(scoreDoc.doc, SHOWN_FIELDS);
			hits.add(new SearchHit(document.get(IndexFields.ID), document.get(IndexFields.KIND), document.get(IndexFields.TITLE),
					root.resolve(document.get(IndexFields.PATH)), scoreDoc.score, snippetOf(snippets, i)));
		}
		return hits;
	}

	/**
	 * All words are required (what people expect of a search box). A query that breaks Lucene's syntax is
	 * retried as plain words before being refused, so a stray quote or bracket still finds something.
	 */
	Query parse(String text) throws QueryException {
		if (text == null || text.isBlank()) {
			throw new QueryException(MESSAGES.format("emptyQuery"));
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, IndexFields.TEXT_FIELD_BOOSTS);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(text);
		} catch (ParseException | RuntimeException first) {
			try {
				return parser.parse(QueryParserBase.escape(text));
			} catch (ParseException | RuntimeException second) {
				throw new QueryException(MESSAGES.format("badQuery", text, firstLine(first.getMessage())));
			}
		}
	}

	private Map<String, String[]> snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		if (top.scoreDocs.length == 0) {
			return Map.of();
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new DefaultPassageFormatter("**", "**", "… ", false)).withMaxLength(20_000).build();
		int[] passages = new int[IndexFields.SNIPPET_FIELDS.length];
		java.util.Arrays.fill(passages, 1);
		return highlighter.highlightFields(IndexFields.SNIPPET_FIELDS, query, top, passages);
	}

	/** The first snippet that shows a matched word, else the first non-empty one. */
	private static String snippetOf(Map<String, String[]> snippets, int index) {
		String fallback = "";
		for (String field : IndexFields.SNIPPET_FIELDS) {
			String[] values = snippets.get(field);
			String snippet = values == null ? null : values[index];
			if (snippet != null && !snippet.isBlank()) {
				if (snippet.contains("**")) {
					return clean(snippet);
				}
				if (fallback.isEmpty()) {
					fallback = clean(snippet);
				}
			}
		}
		return fallback;
	}

	private static String clean(String snippet) {
		return snippet.replaceAll("\\s+", " ").strip();
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}
}
