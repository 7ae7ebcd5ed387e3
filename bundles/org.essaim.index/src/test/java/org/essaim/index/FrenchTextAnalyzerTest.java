/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FrenchTextAnalyzerTest {

	private final Analyzer analyzer = new FrenchTextAnalyzer();

	@Test
	void accentsAndCaseDoNotMatter() throws IOException {
		assertEquals(terms("Résidences"), terms("residences"));
		assertEquals(terms("État"), terms("etat"));
	}

	@Test
	void pluralsShareTheSingularStem() throws IOException {
		assertEquals(terms("résidence"), terms("résidences"));
		assertEquals(terms("collectivité"), terms("collectivités"));
	}

	@Test
	void elisionsAreRemovedWithBothApostrophes() throws IOException {
		assertEquals(terms("innovation"), terms("l'innovation"));
		assertEquals(terms("innovation"), terms("l\u2019innovation"));
		assertEquals(terms("économie"), terms("d'économie"));
	}

	@Test
	void stopWordsAreDropped() throws IOException {
		assertEquals(terms("résidence designers"), terms("la résidence des designers"));
	}

	@Test
	void hyphensSplitWords() throws IOException {
		assertEquals(terms("tiers lieu"), terms("tiers-lieu"));
	}

	@Test
	void queriesExpandAcronymsAndSynonymsFromTheDataFile() throws IOException {
		Analyzer queries = FrenchTextAnalyzer.forQueries();
		assertTrue(terms(queries, "ESS").containsAll(terms("économie sociale solidaire")), terms(queries, "ESS").toString());
		assertTrue(terms(queries, "économie sociale et solidaire").contains("ess"));
		assertTrue(terms(queries, "labs").contains("laboratoir"), "plurals of a synonym too");
		assertTrue(terms(queries, "crowdfunding").containsAll(terms("financement participatif")));
		assertEquals(terms("résidence"), terms(queries, "résidence"), "a word without synonyms is left alone");
	}

	@Test
	void theSynonymFileIsParsedLikeTexts() throws IOException {
		var map = Synonyms.parse("# commentaire\nPTCE, pôle territorial de coopération économique\n\n");
		assertTrue(map.fst != null);
		assertTrue(map.words.size() >= 2);
	}

	private List<String> terms(String text) throws IOException {
		return terms(analyzer, text);
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}
}
