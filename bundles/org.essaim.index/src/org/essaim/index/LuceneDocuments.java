/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** Maps an {@link IndexedDocument} to Lucene fields and reads back what the index stored. */
final class LuceneDocuments {

	/** All dimensions may hold several values (a case has several actors); no taxonomy folder is needed. */
	static final FacetsConfig FACETS = facetsConfig();
	/**
	 * Stored prose whose postings keep offsets: snippets are then cut from the index, without analysing the
	 * text again for each hit (the highlighter's slowest path on long bodies).
	 */
	private static final FieldType PROSE_WITH_OFFSETS = proseWithOffsets();

	private LuceneDocuments() {
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		FacetDimensions.ALL.forEach(dimension -> config.setMultiValued(dimension, true));
		return config;
	}

	private static FieldType proseWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	static Document of(IndexedDocument source, String stamp) throws IOException {
		Document document = new Document();
		// Keywords: exact values for upserts, deletes and lookups; stored to show them in results.
		document.add(new KeywordField(IndexFields.PATH, source.path(), Store.YES));
		document.add(new KeywordField(IndexFields.ID, source.id() == null ? "" : source.id(), Store.YES));
		document.add(new KeywordField(IndexFields.KIND, source.kind(), Store.YES));
		document.add(new StoredField(IndexFields.STAMP, stamp));
		document.add(new StoredField(IndexFields.STATUS, source.status()));
		document.add(new StoredField(IndexFields.COMPLETENESS, source.completeness()));
		// Prose: analysed; stored where results show it (title), snippets are cut from it or "similar" re-reads it.
		document.add(new TextField(IndexFields.TITLE, source.title(), Store.YES));
		document.add(new TextField(IndexFields.NAMES, source.names(), Store.YES));
		document.add(new TextField(IndexFields.TAGS, source.tags(), Store.YES));
		document.add(new Field(IndexFields.SUMMARY, source.summary(), PROSE_WITH_OFFSETS));
		document.add(new Field(IndexFields.BODY, source.body(), PROSE_WITH_OFFSETS));
		for (Map.Entry<String, List<String>> facet : source.facets().entrySet()) {
			for (String value : facet.getValue()) {
				document.add(new SortedSetDocValuesFacetField(facet.getKey(), value));
				document.add(new StoredField(IndexFields.FACET_VALUES, facet.getKey() + "=" + value));
			}
		}
		return FACETS.build(document);
	}

	/** Workspace-relative path → stamp of every live document. */
	static Map<String, String> stamps(IndexReader reader) throws IOException {
		Map<String, String> stamps = new HashMap<>();
		Set<String> fields = Set.of(IndexFields.PATH, IndexFields.STAMP);
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader leafReader = leaf.reader();
			Bits live = leafReader.getLiveDocs();
			StoredFields stored = leafReader.storedFields();
			for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					Document document = stored.document(doc, fields);
					stamps.put(document.get(IndexFields.PATH), document.get(IndexFields.STAMP));
				}
			}
		}
		return stamps;
	}
}
