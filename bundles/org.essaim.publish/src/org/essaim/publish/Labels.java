/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import org.eclipse.emf.common.util.Enumerator;
import org.essaim.protocol.LocalizedMessages;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.DurationUnit;

/** The guide's generated labels: French by default (messages.properties), English (messages_en). */
final class Labels {

	private static final LocalizedMessages TEXT = new LocalizedMessages(Labels.class);

	private Labels() {
	}

	static String text(String key) {
		return TEXT.format(key);
	}

	static String actorKind(ActorKind kind) {
		return text("actorKind." + kind.getName());
	}

	static String durationUnit(DurationUnit unit) {
		return text("unit." + unit.getName());
	}

	static String format(String key, Object... arguments) {
		return TEXT.format(key, arguments);
	}

	/** A protocol-language enumeration value as plain text ("lieu-partagé" reads "lieu partagé"); escape it in markup. */
	static String keyword(Enumerator value) {
		return value == null ? "" : value.getLiteral().replace('-', ' ');
	}

	/** A case-model enumeration value: its literal is the French label (see essaim.ecore). */
	static String literal(Enumerator value) {
		return value == null ? "" : AsciidocText.inline(value.getLiteral());
	}
}
