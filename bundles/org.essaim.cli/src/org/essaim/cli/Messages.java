/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.Locale;

import org.essaim.protocol.LocalizedMessages;

/** The command line's messages: French first (messages.properties), English (messages_en.properties). */
final class Messages {

	private static final LocalizedMessages TEXT = new LocalizedMessages(Messages.class);

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}

	/** The language of the messages, for numbers written into them (see {@link Numbers}). */
	static Locale locale() {
		return TEXT.locale();
	}
}
