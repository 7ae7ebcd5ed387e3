/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.nio.file.Path;

/**
 * One ranked result: {@code kind} is "case" or "protocol"; the snippet marks matched words with
 * {@code **} and is empty when no passage matched (e.g. a title-only match).
 */
public record SearchHit(String id, String kind, String title, Path file, float score, String snippet) {

	/** Kind of a case-study hit. */
	public static final String CASE = "case";
	/** Kind of a protocol hit. */
	public static final String PROTOCOL = "protocol";
}
