/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A diagnostic about one file of the workspace; line and column are 1-based, 0 when unknown.
 */
public record Problem(Path file, int line, int column, Severity severity, String message) {

	/** Orders problems by file, then position, so that reports are stable from one run to the next. */
	public static final Comparator<Problem> BY_POSITION = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column)
			.thenComparing(Problem::severity).thenComparing(Problem::message);

	public Problem {
		message = message == null ? "" : message.replace('\n', ' ').strip();
	}

	/** Whether this problem makes the file unusable for publishing or a CI check. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The compiler-style form {@code file:line:col: error: message}, the file shown relative to {@code base}. */
	public String format(Path base) {
		Path shown = file;
		if (base != null && file.isAbsolute() && file.startsWith(base.toAbsolutePath())) {
			shown = base.toAbsolutePath().relativize(file);
		}
		return shown + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label() + ": " + message;
	}
}
