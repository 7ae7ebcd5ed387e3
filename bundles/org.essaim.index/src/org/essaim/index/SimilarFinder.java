/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the cases most like a given one: MoreLikeThis over its words (title, names, kinds, summary, body),
 * plus one clause per structured facet value it has, so that sharing a rare territory kind or funding
 * instrument counts as much as sharing rare words. Each result says which words and facets are shared.
 */
final class SimilarFinder {

	/** Facets every case has one of: sharing them says nothing. */
	private static final Set<String> UNINFORMATIVE = Set.of(FacetDimensions.TYPE, FacetDimensions.STATUS, FacetDimensions.COMPLETENESS);
	private static final int MAX_QUERY_TERMS = 20;
	/** The elided article the tokenizer keeps in a word's offsets ("l'association"): reasons show the bare word. */
	private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("^\\p{L}{1,4}['\u2019]");
	/** Values that only say something is not documented: two cases sharing them are not alike. */
	private static final Set<String> UNDOCUMENTED = Set.of("non précisé", "autre");
	private static final String NOISE_WORDS = "non ni fois mis mise place fait faire plus moins deux trois tout tous toute "
			+ "toutes cas aussi ainsi dont très bien peu être avoir notamment selon entre après avant depuis";
	/** Words found in more than this share of the documents say little about a case and cost the most to match. */
	private static final int MAX_DOC_FREQ_PERCENT = 20;
	/** Below this size every word counts: in a small library, a word in a fifth of the cases can still matter. */
	private static final int LARGE_INDEX = 1000;
	private static final int SHOWN_TERMS = 8;
	/** Fields whose shared words make a reason; kinds (tags) are told by the shared facets instead. */
	private static final String[] TEXT_FIELDS = { IndexFields.TITLE, IndexFields.NAMES, IndexFields.SUMMARY, IndexFields.BODY };

	private final Analyzer analyzer;
	private final QueryRunner runner;

	SimilarFinder(Analyzer analyzer, QueryRunner runner) {
		this.analyzer = analyzer;
		this.runner = runner;
	}

	List<SimilarCase> find(IndexSearcher searcher, String caseId, int limit) throws IOException, QueryException {
		Term idTerm = new Term(IndexFields.ID, caseId);
		TopDocs own = searcher.search(new BooleanQuery.Builder().add(new TermQuery(idTerm), Occur.FILTER)
				.add(new TermQuery(new Term(IndexFields.KIND, SearchHit.CASE)), Occur.FILTER).build(), 1);
		if (own.scoreDocs.length == 0) {
			throw new QueryException(QueryRunner.MESSAGES.format("unknownCase", caseId));
		}
		int doc = own.scoreDocs[0].doc;
		IndexReader reader = searcher.getIndexReader();
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(analyzer);
		mlt.setFieldNames(IndexFields.SIMILARITY_FIELDS);
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(2);
		mlt.setMinWordLen(3);
		mlt.setStopWords(noiseTerms());
		mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
		if (reader.numDocs() >= LARGE_INDEX) {
			mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
		}
		mlt.setBoost(true);
		Query text = mlt.like(doc);
		String[] interesting = mlt.retrieveInterestingTerms(doc);
		List<String> ownFacets = informativeFacets(searcher, doc);

		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(text, Occur.SHOULD);
		String facetField = LuceneDocuments.FACETS.getDimConfig(FacetDimensions.TYPE).indexFieldName;
		for (String facet : ownFacets) {
			int equals = facet.indexOf('=');
			query.add(new TermQuery(DrillDownQuery.term(facetField, facet.substring(0, equals), facet.substring(equals + 1))), Occur.SHOULD);
		}
		query.add(new TermQuery(new Term(IndexFields.KIND, SearchHit.CASE)), Occur.FILTER);
		query.add(new TermQuery(idTerm), Occur.MUST_NOT);
		TopDocs top = searcher.search(query.build(), Math.max(1, limit));
		Map<String, String> words = surfaceWords(searcher, doc);
		List<SimilarCase> similar = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			List<String> sharedFacets = new ArrayList<>(informativeFacets(searcher, hit.doc));
			sharedFacets.retainAll(ownFacets);
			List<String> sharedTerms = sharedTerms(reader, hit.doc, interesting).stream().map(term -> words.getOrDefault(term, term)).distinct()
					.toList();
			similar.add(new SimilarCase(runner.hit(searcher, hit, ""), sharedTerms, sharedFacets));
		}
		return similar;
	}

	/**
	 * Analysed term → the first word of the case's text that gives it ("teritoir" → "territoire"): reasons
	 * show words people wrote, not stems.
	 */
	private Map<String, String> surfaceWords(IndexSearcher searcher, int doc) throws IOException {
		Map<String, String> words = new HashMap<>();
		Document stored = searcher.storedFields().document(doc, Set.of(TEXT_FIELDS));
		for (String field : TEXT_FIELDS) {
			for (String text : stored.getValues(field)) {
				try (TokenStream stream = analyzer.tokenStream(field, text)) {
					CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
					OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
					stream.reset();
					while (stream.incrementToken()) {
						String word = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
						words.putIfAbsent(term.toString(), ELIDED.matcher(word).replaceFirst(""));
					}
					stream.end();
				}
			}
		}
		return words;
	}

	private static List<String> informativeFacets(IndexSearcher searcher, int doc) throws IOException {
		Document stored = searcher.storedFields().document(doc, Set.of(IndexFields.FACET_VALUES));
		return List.of(stored.getValues(IndexFields.FACET_VALUES)).stream()
				.filter(value -> !UNINFORMATIVE.contains(value.substring(0, value.indexOf('='))))
				.filter(value -> !UNDOCUMENTED.contains(value.substring(value.indexOf('=') + 1))).toList();
	}

	/** Words of case prose that are not French stop words yet say nothing of a case, as the analyser gives them. */
	private Set<String> noiseTerms() throws IOException {
		Set<String> terms = new java.util.HashSet<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, NOISE_WORDS)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	/** The interesting terms (analysed forms, best first) that the other document has in one of its fields. */
	private static List<String> sharedTerms(IndexReader reader, int doc, String[] interesting) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		int local = doc - leaf.docBase;
		Set<String> shared = new LinkedHashSet<>();
		for (String term : interesting) {
			for (String field : TEXT_FIELDS) {
				if (shared.size() < SHOWN_TERMS && contains(leaf, field, term, local)) {
					shared.add(term);
				}
			}
		}
		return List.copyOf(shared);
	}

	private static boolean contains(LeafReaderContext leaf, String field, String term, int doc) throws IOException {
		Terms terms = leaf.reader().terms(field);
		if (terms == null) {
			return false;
		}
		TermsEnum iterator = terms.iterator();
		if (!iterator.seekExact(new BytesRef(term))) {
			return false;
		}
		PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
		return postings.advance(doc) == doc;
	}
}
