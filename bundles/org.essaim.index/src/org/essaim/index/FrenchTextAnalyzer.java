/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for Essaim's texts: elision (l', d', qu'), lower case, French stop words, accent folding
 * (so that "residences" finds "Résidences" and "Etat" finds "État") and light stemming (plurals). The query
 * side adds the domain's synonyms and acronyms ({@link Synonyms}) as a token graph: expanding queries rather
 * than documents keeps the index small and lets the list change without re-indexing.
 * Classes are built directly, not looked up by SPI name, because SPI lookups fail across OSGi bundles.
 */
final class FrenchTextAnalyzer extends Analyzer {

	/** The typographic apostrophe is as common as the straight one in French texts. */
	private static final CharArraySet ELISIONS = new CharArraySet(FrenchAnalyzer.DEFAULT_ARTICLES, true);

	private final SynonymMap synonyms;

	/** The analysis of indexed texts (no synonyms). */
	FrenchTextAnalyzer() {
		this(null);
	}

	/** The analysis of queries, expanding {@code synonyms} when given. */
	FrenchTextAnalyzer(SynonymMap synonyms) {
		this.synonyms = synonyms;
	}

	/** The analyser for what people type, with the bundled synonym list. */
	static FrenchTextAnalyzer forQueries() {
		return new FrenchTextAnalyzer(Synonyms.domain());
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new TypographicApostropheFilter(source);
		stream = new ElisionFilter(stream, ELISIONS);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
		stream = new ASCIIFoldingFilter(stream);
		stream = new FrenchLightStemFilter(stream);
		if (synonyms != null && synonyms.fst != null) {
			stream = new SynonymGraphFilter(stream, synonyms, true);
		}
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
