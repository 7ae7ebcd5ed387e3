/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One warning of the publisher, {@code where[:line]: [severity : ]message}, taken apart. {@code where} is a path
 * relative to the workspace, or a generated page followed by its source file's name in brackets.
 */
public record PublishWarning(String where, int line, boolean error, String message, String sourceName) {

	private static final Pattern SHAPE = Pattern.compile("^(.+?)(?::(\\d+))?: (.*)$", Pattern.DOTALL);
	private static final Pattern SEVERITY = Pattern.compile("^([^:]{1,20}) : (.*)$", Pattern.DOTALL);
	private static final Pattern GENERATED_FROM = Pattern.compile("^(.*) \\(([^()]+)\\)$");
	private static final Set<String> WARNINGS = Set.of("avertissement", "warning");
	private static final Set<String> ERRORS = Set.of("erreur", "erreur fatale", "error", "fatal error");

	/** Parses {@code text}; a warning of another shape is kept whole, on no file. */
	public static PublishWarning parse(String text) {
		Matcher shape = SHAPE.matcher(text.strip());
		if (!shape.matches()) {
			return new PublishWarning("", 0, false, text.strip(), null);
		}
		String where = shape.group(1);
		int line = shape.group(2) == null ? 0 : Integer.parseInt(shape.group(2));
		String message = shape.group(3);
		boolean error = false;
		Matcher severity = SEVERITY.matcher(message);
		if (severity.matches() && (WARNINGS.contains(severity.group(1)) || ERRORS.contains(severity.group(1)))) {
			error = ERRORS.contains(severity.group(1));
			message = severity.group(2);
		}
		String sourceName = null;
		Matcher generated = GENERATED_FROM.matcher(where);
		if (generated.matches()) {
			where = generated.group(1);
			sourceName = generated.group(2);
		}
		return new PublishWarning(where, line, error, message, sourceName);
	}

	/** Whether the warning points into a page the publisher generated (from {@link #sourceName}, if known). */
	public boolean generated() {
		return where.startsWith("_sources/");
	}
}
