/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The model's user-facing messages: French by default, English in messages_en.properties. */
final class ModelMessages {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ModelMessages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("org.essaim.model.messages", Locale.getDefault(),
				ModelMessages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
	}
}
