/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import org.essaim.protocol.LocalizedMessages;

/** What a protocol lacks to meet a label criterion: French by default, English in messages_en.properties. */
final class LabelMessages {

	private static final LocalizedMessages TEXT = new LocalizedMessages(LabelMessages.class);

	private LabelMessages() {
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}
}
