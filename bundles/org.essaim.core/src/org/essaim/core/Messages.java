/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import org.essaim.protocol.LocalizedMessages;

/** Keys of the core's messages (see messages.properties). */
final class Messages {

	static final LocalizedMessages TEXT = new LocalizedMessages(Messages.class);

	static final String notUtf8 = "notUtf8";
	static final String unreadable = "unreadable";
	static final String emptyProtocol = "emptyProtocol";
	static final String notFound = "notFound";
	static final String tooLarge = "tooLarge";

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}
}
