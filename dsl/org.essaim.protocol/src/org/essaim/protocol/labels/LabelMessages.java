/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What a protocol lacks to meet a label criterion: French by default, English in messages_en.properties. */
final class LabelMessages {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private LabelMessages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("org.essaim.protocol.labels.messages", Locale.getDefault(),
				LabelMessages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
	}
}
