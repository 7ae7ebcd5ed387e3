/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.nio.file.Path;

/**
 * One ranked result: {@code kind} is "case" or "protocol"; the snippet marks matched words with
 * {@code **} and is empty when no passage matched (e.g. a title-only match). {@code status}
 * ("brouillon", "publié") and {@code completeness} ("ébauche", "partiel", "complet") are empty for protocols.
 */
public record SearchHit(String id, String kind, String title, Path file, float score, String snippet, String status, String completeness) {

	/** Kind of a case-study hit. */
	public static final String CASE = "case";
	/** Kind of a protocol hit. */
	public static final String PROTOCOL = "protocol";

	/** Whether the hit is a draft or a stub, which results must mark: such cases are unreviewed or thin. */
	public boolean draft() {
		return "brouillon".equals(status) || "ébauche".equals(completeness);
	}
}
