/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.essaim.index.SearchHit;

/**
 * The {@code --json} form of search results: hits in rank order with id, kind, title, file, score, snippet, and
 * the status, completeness and draft mark of cases.
 */
final class SearchHitsJson {

	private SearchHitsJson() {
	}

	static String of(List<SearchHit> hits, Path workspace) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < hits.size(); i++) {
			SearchHit hit = hits.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("  {");
			field(json, "rank", Integer.toString(i + 1)).append(", ");
			field(json, "id", quote(hit.id())).append(", ");
			field(json, "kind", quote(hit.kind())).append(", ");
			field(json, "title", quote(hit.title())).append(", ");
			field(json, "file", quote(workspace.relativize(hit.file()).toString())).append(", ");
			field(json, "score", String.format(Locale.ROOT, "%.4f", hit.score())).append(", ");
			field(json, "snippet", quote(hit.snippet())).append(", ");
			field(json, "status", quote(hit.status())).append(", ");
			field(json, "completeness", quote(hit.completeness())).append(", ");
			field(json, "draft", Boolean.toString(hit.draft())).append("}");
		}
		return json.append(hits.isEmpty() ? "]" : "\n]").toString();
	}

	static StringBuilder field(StringBuilder json, String name, String value) {
		return json.append('"').append(name).append("\": ").append(value);
	}

	static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> {
				if (c < 0x20) {
					quoted.append(String.format("\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}
}
