/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's query parser over the text fields, all words required, with a bound on the work a query may ask for:
 * beyond {@link #MAX_EXPANDING_TERMS} fuzzy, wildcard, prefix, regular-expression or range terms, the next ones
 * are searched as the plain words they contain (a range is dropped), and each fuzzy term expands to at most
 * {@link #FUZZY_EXPANSIONS} indexed words. Three hundred "mot~" thus cost what ten do, not half a minute.
 */
final class BoundedQueryParser extends MultiFieldQueryParser {

	/** Terms that expand to many indexed words (~, *, ?, /regex/, [a TO b]) searched as such in one query. */
	static final int MAX_EXPANDING_TERMS = 8;
	/** Indexed words a fuzzy term may stand for (Lucene's default is 50). */
	static final int FUZZY_EXPANSIONS = 16;

	/** A way of expanding a term, run once across all fields. */
	private interface Expansion {
		Query build() throws ParseException;
	}

	private int expandingTerms;
	private int plainedTerms;
	private int tooLargeRegexps;
	private boolean expandingAcrossFields;

	BoundedQueryParser(Analyzer analyzer, boolean graphQueries) {
		super(IndexFields.TEXT_FIELDS, analyzer, IndexFields.TEXT_FIELD_BOOSTS);
		setDefaultOperator(Operator.AND);
		setEnableGraphQueries(graphQueries);
	}

	/** How many expanding terms were searched as plain words because the query had too many. */
	int plainedTerms() {
		return plainedTerms;
	}

	/** How many regular expressions were searched as plain words because their automaton would be too large. */
	int tooLargeRegexps() {
		return tooLargeRegexps;
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		return bounded(field, termStr, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		return bounded(field, termStr, () -> super.getPrefixQuery(field, termStr));
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		return bounded(field, termStr, () -> super.getWildcardQuery(field, termStr));
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		if (!expandingAcrossFields && RegexpCost.tooLarge(termStr)) {
			tooLargeRegexps++;
			return plainWords(field, termStr);
		}
		return bounded(field, termStr, () -> super.getRegexpQuery(field, termStr));
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
			throws ParseException {
		return bounded(field, null, () -> super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
	}

	@Override
	protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
		int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
		return new FuzzyQuery(term, edits, prefixLength, FUZZY_EXPANSIONS, true);
	}

	/** The words of an expanding term, without its operators: what it is searched as when it cannot be expanded. */
	private Query plainWords(String field, String termStr) throws ParseException {
		return getFieldQuery(field, termStr.replaceAll("[*?~/\\\\+{}()\\[\\]|.^]", " ").strip(), false);
	}

	/**
	 * One expanding term of the query, counted once although the parser asks for it once per field; past the
	 * bound, its plain words (none for a range) instead.
	 */
	private Query bounded(String field, String termStr, Expansion expansion) throws ParseException {
		if (expandingAcrossFields) {
			return expansion.build();
		}
		if (++expandingTerms > MAX_EXPANDING_TERMS) {
			plainedTerms++;
			return termStr == null ? null : plainWords(field, termStr);
		}
		expandingAcrossFields = true;
		try {
			return expansion.build();
		} finally {
			expandingAcrossFields = false;
		}
	}
}
