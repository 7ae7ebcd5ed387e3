/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Validation messages: French by default (messages.properties), English in messages_en.properties. */
final class CoopMessages {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private CoopMessages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("org.essaim.protocol.validation.messages", Locale.getDefault(),
				CoopMessages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
	}
}
