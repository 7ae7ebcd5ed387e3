/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.essaim.protocol.LocalizedMessages;

/** Labels of the editing services (quick fixes): French by default, English in messages_en.properties. */
final class Messages {

	private static final LocalizedMessages TEXT = new LocalizedMessages(Messages.class);

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}
}
