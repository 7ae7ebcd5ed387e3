/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

	private List<String> terms(String text) throws IOException {
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
