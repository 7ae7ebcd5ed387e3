/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing messages of a package: French in {@code messages.properties} (the default: Essaim speaks
 * French first), English in {@code messages_en.properties}. Plain ResourceBundles, so the same messages
 * work on a plain class path, in the headless command and in the workbench.
 */
public final class LocalizedMessages {

	private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String bundleName;
	private final ClassLoader loader;

	/** Messages of {@code anchor}'s package, read from its {@code messages*.properties}. */
	public LocalizedMessages(Class<?> anchor) {
		this.bundleName = anchor.getPackageName() + ".messages";
		this.loader = anchor.getClassLoader();
	}

	/** The message for {@code key} in the current default locale, with {@code {0}}-style arguments filled. */
	public String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.getDefault(), loader, NO_FALLBACK_TO_SYSTEM_LOCALE);
		return new MessageFormat(bundle.getString(key), textLocale(bundle)).format(arguments);
	}

	/** The language the messages are written in for the current default locale: where numbers in them follow its rules. */
	public Locale locale() {
		return textLocale(ResourceBundle.getBundle(bundleName, Locale.getDefault(), loader, NO_FALLBACK_TO_SYSTEM_LOCALE));
	}

	/**
	 * The language the text is written in, for its numbers: the base bundle is French ("9 419 ms" with a narrow
	 * no-break space, "0,5"), although Java sees it as the root locale and would write "9,419".
	 */
	private static Locale textLocale(ResourceBundle bundle) {
		return bundle.getLocale().getLanguage().isEmpty() ? Locale.FRENCH : bundle.getLocale();
	}
}
