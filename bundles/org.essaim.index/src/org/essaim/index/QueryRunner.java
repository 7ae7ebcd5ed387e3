/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.essaim.protocol.LocalizedMessages;

/** Parses a query typed by a person, runs it with its facet filters and turns the top documents into results. */
final class QueryRunner {

	static final LocalizedMessages MESSAGES = new LocalizedMessages(QueryRunner.class);
	/** Values shown per facet dimension: enough for every kind list of the model. */
	private static final int FACET_VALUES_SHOWN = 30;
	private static final Set<String> SHOWN_FIELDS = Set.of(IndexFields.ID, IndexFields.KIND, IndexFields.TITLE, IndexFields.PATH,
			IndexFields.STATUS, IndexFields.COMPLETENESS);

	private final Analyzer analyzer;
	private final Analyzer queryAnalyzer;
	private final Path root;

	QueryRunner(Analyzer analyzer, Analyzer queryAnalyzer, Path root) {
		this.analyzer = analyzer;
		this.queryAnalyzer = queryAnalyzer;
		this.root = root;
	}

	/**
	 * Runs a request; {@code facetState} is null when the index holds no document yet. A query whose words ask for
	 * more clauses than Lucene allows is run again on half as many words, and the results say it was cut.
	 */
	SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchRequest request)
			throws IOException, QueryException {
		boolean browsing = isBrowse(request.query());
		if (browsing && request.filters().isEmpty()) {
			throw new QueryException(MESSAGES.format("emptyQuery"));
		}
		TypedQuery typed = browsing ? null : TypedQuery.read(request.query());
		TypedQuery.Budget budget = browsing ? null : typed.fullBudget();
		while (true) {
			try {
				TypedQuery.Parsed parsed = browsing ? new TypedQuery.Parsed(new MatchAllDocsQuery(), List.of()) : typed.parse(queryAnalyzer, budget);
				return run(searcher, facetState, request, parsed, browsing);
			} catch (IndexSearcher.TooManyClauses e) {
				budget = browsing ? null : budget.halved();
				if (budget == null) {
					throw new QueryException(MESSAGES.format("tooManyClauses", abbreviate(request.query())));
				}
			}
		}
	}

	private SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchRequest request, TypedQuery.Parsed parsed,
			boolean browsing) throws IOException {
		Query base = parsed.query();
		Query query = base;
		if (!request.filters().isEmpty()) {
			DrillDownQuery drillDown = new DrillDownQuery(LuceneDocuments.FACETS, base);
			for (FacetFilter filter : request.filters()) {
				drillDown.add(filter.dimension(), storedValue(facetState, filter));
			}
			query = drillDown;
		}
		FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
		TopDocs top = result.topDocs();
		Map<String, String[]> snippets = browsing ? Map.of() : snippets(searcher, base, top);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			hits.add(hit(searcher, top.scoreDocs[i], snippetOf(snippets, i)));
		}
		List<FacetCounts> facets = facetState == null ? List.of() : counts(new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector()));
		return new SearchResults(hits, top.totalHits.value(), facets, parsed.notices());
	}

	SearchHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, String snippet) throws IOException {
		Document document = searcher.storedFields().document(scoreDoc.doc, SHOWN_FIELDS);
		return new SearchHit(document.get(IndexFields.ID), document.get(IndexFields.KIND), document.get(IndexFields.TITLE),
				root.resolve(document.get(IndexFields.PATH)), scoreDoc.score, snippet, orEmpty(document.get(IndexFields.STATUS)),
				orEmpty(document.get(IndexFields.COMPLETENESS)));
	}

	private static boolean isBrowse(String text) {
		return text == null || text.isBlank() || text.strip().equals("*") || text.strip().equals("*:*");
	}

	/** The value as indexed: typed values match whatever their case and accents ("bretagne" finds "Bretagne"). */
	private static String storedValue(SortedSetDocValuesReaderState state, FacetFilter filter) throws IOException {
		if (state == null) {
			return filter.value();
		}
		SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(filter.dimension());
		if (range == null) {
			return filter.value();
		}
		String wanted = FacetDimensions.fold(filter.value());
		var values = state.getDocValues();
		for (int ord = range.start(); ord <= range.end(); ord++) {
			String[] path = org.apache.lucene.facet.FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
			if (path.length == 2 && FacetDimensions.fold(path[1]).equals(wanted)) {
				return path[1];
			}
		}
		return filter.value();
	}

	private static List<FacetCounts> counts(SortedSetDocValuesFacetCounts counts) throws IOException {
		List<FacetCounts> facets = new ArrayList<>();
		for (String dimension : FacetDimensions.ALL) {
			FacetResult result;
			try {
				result = counts.getTopChildren(FACET_VALUES_SHOWN, dimension);
			} catch (IllegalArgumentException e) {
				continue; // no document of the index has this dimension
			}
			if (result == null || result.labelValues.length == 0) {
				continue;
			}
			List<FacetValue> values = Arrays.stream(result.labelValues).map((LabelAndValue lv) -> new FacetValue(lv.label, lv.value.intValue()))
					.toList();
			facets.add(new FacetCounts(dimension, FacetDimensions.label(dimension), values));
		}
		return facets;
	}

	/**
	 * All words are required (what people expect of a search box). A query that breaks Lucene's syntax is
	 * retried as plain words before being refused, so a stray quote or bracket still finds something.
	 */
	Query parse(String text) throws QueryException {
		TypedQuery typed = TypedQuery.read(text);
		try {
			return typed.parse(queryAnalyzer, typed.fullBudget()).query();
		} catch (IndexSearcher.TooManyClauses e) {
			throw new QueryException(MESSAGES.format("tooManyClauses", abbreviate(text)));
		}
	}

	private Map<String, String[]> snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		if (top.scoreDocs.length == 0) {
			return Map.of();
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new DefaultPassageFormatter("**", "**", "… ", false)).withMaxLength(20_000).build();
		int[] passages = new int[IndexFields.SNIPPET_FIELDS.length];
		Arrays.fill(passages, 1);
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

	/** Messages quote the query; a query of thousands of words is cut so that the message stays readable. */
	static String abbreviate(String text) {
		return text == null || text.length() <= 80 ? text : text.substring(0, 77) + "…";
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
