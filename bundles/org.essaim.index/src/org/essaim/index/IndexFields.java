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
	static final String SUMMARY = "summary";
	static final String BODY = "body";

	/** Title above names above summary above body: a match in the title says most about the document. */
	static final Map<String, Float> TEXT_FIELD_BOOSTS = Map.of(TITLE, 4f, NAMES, 2.5f, SUMMARY, 2f, BODY, 1f);

	/** Fields whose passages make the snippet, best first. */
	static final String[] SNIPPET_FIELDS = { SUMMARY, BODY };

	private IndexFields() {
	}
}
