/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;
import java.util.Map;

/**
 * The text of one source file as the index sees it, already flattened into weighted fields; {@code facets}
 * maps a dimension of {@link FacetDimensions} to the document's values; status and completeness are empty
 * for protocols.
 */
record IndexedDocument(String path, String id, String kind, String title, String names, String tags, String summary, String body,
		String status, String completeness, Map<String, List<String>> facets) {
}
