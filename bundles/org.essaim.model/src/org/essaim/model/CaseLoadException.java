/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.nio.file.Path;

/** A {@code .case} file that cannot be loaded: where (file, line, column) and why, in French. */
public final class CaseLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	/** Lines and columns start at 1; 0 means unknown. */
	public CaseLoadException(Path file, int line, int column, String reason, Throwable cause) {
		super(Messages.format("load.location", file, Math.max(0, line), Math.max(0, column), reason), cause);
		this.file = file;
		// The XML parser says -1 when it has no position (an unknown encoding, say): that is "unknown" here.
		this.line = Math.max(0, line);
		this.column = Math.max(0, column);
		this.reason = reason;
	}

	/** The file that failed to load. */
	public Path getFile() {
		return file;
	}

	/** The line of the defect, from 1; 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** The column of the defect, from 1; 0 when unknown. */
	public int getColumn() {
		return column;
	}

	/** The French explanation, without the location. */
	public String getReason() {
		return reason;
	}
}
