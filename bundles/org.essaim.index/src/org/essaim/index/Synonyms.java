/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The domain's synonyms and acronyms, read from {@code synonyms.txt} beside this class (a data file that
 * contributors edit). Each phrase is analysed like the texts, stop words included, so that a rule matches
 * whatever the accents, plurals or elisions of the query; the file's own parser (not Solr's) is used because
 * Solr's refuses phrases with stop words ("économie sociale et solidaire").
 */
final class Synonyms {

	static final String RESOURCE = "synonyms.txt";
	private static volatile SynonymMap domain;

	private Synonyms() {
	}

	/** The bundled rules, parsed once. */
	static SynonymMap domain() {
		SynonymMap map = domain;
		if (map == null) {
			try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the index bundle");
				}
				map = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			domain = map;
		}
		return map;
	}

	/** Parses rules in the format of {@code synonyms.txt}: every phrase of a line is equivalent to every other. */
	static SynonymMap parse(String rules) throws IOException {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		try (Analyzer analyzer = new FrenchTextAnalyzer(); BufferedReader reader = new BufferedReader(new java.io.StringReader(rules))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				List<CharsRef> group = new ArrayList<>();
				for (String phrase : line.split(",")) {
					CharsRef terms = analyze(analyzer, phrase);
					if (terms != null && !group.contains(terms)) {
						group.add(terms);
					}
				}
				for (CharsRef input : group) {
					for (CharsRef output : group) {
						if (!input.equals(output)) {
							builder.add(input, output, true);
						}
					}
				}
			}
		}
		return builder.build();
	}

	/** The analysed terms of a phrase joined by the map's word separator; null when only stop words remain. */
	private static CharsRef analyze(Analyzer analyzer, String phrase) throws IOException {
		CharsRefBuilder joined = new CharsRefBuilder();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, phrase)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (joined.length() > 0) {
					joined.append(SynonymMap.WORD_SEPARATOR);
				}
				joined.append(term.buffer(), 0, term.length());
			}
			stream.end();
		}
		return joined.length() == 0 ? null : joined.get();
	}
}
