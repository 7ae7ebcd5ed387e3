/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

/** A query that cannot be understood, with a message meant for the person who typed it. */
public final class QueryException extends Exception {

	private static final long serialVersionUID = 1L;

	public QueryException(String message) {
		super(message);
	}
}
