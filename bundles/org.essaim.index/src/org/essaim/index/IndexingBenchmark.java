/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.essaim.model.casestudy.CaseStudy;

/**
 * For {@code essaim bench index}: indexes the same generated cases twice, once as Essaim does (French analysis,
 * weighted fields, stored text, facets) and once as bare Lucene would (one field, StandardAnalyzer, nothing
 * stored), so that the ratio of the two times is Essaim's own overhead. Only Lucene's work is timed: making
 * the cases and flattening them into text, identical for both, are not.
 */
public final class IndexingBenchmark {

	/** Time spent in Lucene for {@code count} cases, commit included. */
	public record Timing(int count, long nanos) {
		public double seconds() {
			return nanos / 1e9;
		}
	}

	private IndexingBenchmark() {
	}

	/** Essaim's documents into a fresh index in {@code indexDir}. */
	public static Timing essaim(Path indexDir, int count, IntFunction<CaseStudy> cases) throws IOException {
		return run(indexDir, new FrenchTextAnalyzer(), count, cases, true);
	}

	/** The same text (title, names, summary, body) as one StandardAnalyzer field into a fresh index. */
	public static Timing bare(Path indexDir, int count, IntFunction<CaseStudy> cases) throws IOException {
		return run(indexDir, new StandardAnalyzer(), count, cases, false);
	}

	private static Timing run(Path indexDir, Analyzer analyzer, int count, IntFunction<CaseStudy> cases, boolean essaim) throws IOException {
		DocumentExtractor extractor = new DocumentExtractor(indexDir);
		long nanos = 0;
		try (Directory directory = FSDirectory.open(indexDir);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			for (int i = 0; i < count; i++) {
				CaseStudy c = cases.apply(i);
				IndexedDocument source = extractor.of("cases/" + c.getId() + ".case", c);
				long start = System.nanoTime();
				writer.addDocument(essaim ? LuceneDocuments.of(source, "0") : bare(source));
				nanos += System.nanoTime() - start;
			}
			long start = System.nanoTime();
			writer.commit();
			nanos += System.nanoTime() - start;
		} finally {
			analyzer.close();
		}
		return new Timing(count, nanos);
	}

	private static Document bare(IndexedDocument source) {
		Document document = new Document();
		String text = String.join("\n", source.title(), source.names(), source.summary(), source.body());
		document.add(new TextField("text", text, Store.NO));
		return document;
	}
}
