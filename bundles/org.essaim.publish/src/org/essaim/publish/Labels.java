/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.DurationUnit;

/**
 * The guide's generated labels: French by default (messages.properties), English (messages_en). The language is
 * the publication's ({@code --lang}), not the machine's, so it is set for the duration of a publication.
 */
final class Labels {

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
	private static volatile Locale language = Locale.FRENCH;

	private Labels() {
	}

	/** Sets the language of the generated labels ("fr" or "en"); any other falls back to French. */
	static void use(String lang) {
		language = "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
	}

	static String language() {
		return language.getLanguage();
	}

	static String text(String key) {
		return format(key);
	}

	static String nonNull(String text) {
		return text == null ? "" : text;
	}

	static boolean has(String key) {
		return bundle().containsKey(key);
	}

	private static ResourceBundle bundle() {
		return ResourceBundle.getBundle(Labels.class.getPackageName() + ".messages", language, Labels.class.getClassLoader(),
				NO_SYSTEM_FALLBACK);
	}

	static String actorKind(ActorKind kind) {
		return text("actorKind." + kind.getName());
	}

	static String durationUnit(DurationUnit unit) {
		return text("unit." + unit.getName());
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = bundle();
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
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
