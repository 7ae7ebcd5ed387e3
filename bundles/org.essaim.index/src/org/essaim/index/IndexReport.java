/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.nio.file.Path;
import java.util.List;

import org.essaim.core.Problem;

/**
 * What an index update did: documents (re)indexed and removed, the total, the problems met (with the reason of each
 * unreadable file), and the files left out of the index because they could not be read.
 */
public record IndexReport(int indexed, int removed, int total, long millis, List<Problem> problems, List<Path> unreadable) {

	public IndexReport {
		problems = List.copyOf(problems);
		unreadable = List.copyOf(unreadable);
	}

	/** A report in which every file could be read. */
	public IndexReport(int indexed, int removed, int total, long millis, List<Problem> problems) {
		this(indexed, removed, total, millis, problems, List.of());
	}
}
