/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's user-facing texts: French in messages.properties (the root: Essaim speaks French first),
 * English in messages_en.properties.
 */
public final class Messages {

	private static final String BUNDLE = "org.essaim.model.messages";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	private Messages() {
	}

	/**
	 * The text of {@code key} in the default locale (French unless a translation exists for it), with {0}, {1}...
	 * replaced by the arguments. No MessageFormat: its quoting rules would eat the apostrophes of French.
	 */
	public static String format(String key, Object... arguments) {
		String text = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
				.getString(key);
		// One pass: an argument that contains "{1}" is inserted as it is, never read as a placeholder.
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (placeholder.find()) {
			int index = Integer.parseInt(placeholder.group(1));
			String value = index < arguments.length ? String.valueOf(arguments[index]) : placeholder.group();
			placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(result);
		return result.toString();
	}
}
