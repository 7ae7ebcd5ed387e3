/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.Map;

/** Names of the index fields, in one place, and the weight each text field has in a query. */
final class IndexFields {

	/** Unique key of a document: its workspace-relative path (KeywordField: exact, for upserts and deletes). */
	static final String PATH = "path";
	/** The case id or protocol name (KeywordField: exact lookups). */
	static final String ID = "id";
	/** "case" or "protocol" (KeywordField). */
	static final String KIND = "kind";
	/** Last-modified time and size of the file when indexed, to notice changed files (stored only). */
	static final String STAMP = "stamp";
	static final String TITLE = "title";
	/** Names of actors, territories and places: what users type when they look for "who" and "where". */
	static final String NAMES = "names";
	/** Labels of the document's kinds (territory, actors, places, funding), searchable as words. */
	static final String TAGS = "tags";
	static final String SUMMARY = "summary";
	static final String BODY = "body";
	/** "brouillon"/"publié" and "ébauche"/"partiel"/"complet" of a case, stored to mark drafts in results. */
	static final String STATUS = "status";
	static final String COMPLETENESS = "completeness";
	/** Every facet value as "dimension=value", stored: the reasons of similar cases are read from it. */
	static final String FACET_VALUES = "facetValues";
	/** Fields whose words make "similar" documents similar. */
	static final String[] SIMILARITY_FIELDS = { "title", "names", "tags", "summary", "body" };

	/** Title above tags and names above summary above body: a match in the title says most about the document. */
	static final Map<String, Float> TEXT_FIELD_BOOSTS = Map.of(TITLE, 4f, TAGS, 2.5f, NAMES, 2.5f, SUMMARY, 2f, BODY, 1f);

	/** The fields a query searches. */
	static final String[] TEXT_FIELDS = { TITLE, TAGS, NAMES, SUMMARY, BODY };

	/** Fields whose passages make the snippet, best first. */
	static final String[] SNIPPET_FIELDS = { SUMMARY, BODY };

	private IndexFields() {
	}
}
