/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Labels of the editing services (quick fixes): French by default, English in messages_en.properties. */
final class Messages {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("org.essaim.protocol.ide.messages", Locale.getDefault(),
				Messages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
	}
}
