/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import org.essaim.protocol.LocalizedMessages;

/** Validation messages: French by default (messages.properties), English in messages_en.properties. */
final class CoopMessages {

	private static final LocalizedMessages TEXT = new LocalizedMessages(CoopMessages.class);

	private CoopMessages() {
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}
}
