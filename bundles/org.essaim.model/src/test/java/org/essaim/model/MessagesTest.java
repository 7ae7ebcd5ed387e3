/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.essaim.model.casestudy.CaseStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FrenchLocale.class)
class MessagesTest {

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		assertEquals(load("messages.properties").keySet(), load("messages_en.properties").keySet());
	}

	@Test
	void frenchIsTheDefaultAndEnglishUsersGetEnglish() {
		Locale previous = Locale.getDefault();
		try {
			CaseStudy untitled = SampleCases.stub();
			untitled.setTitle(null);
			Locale.setDefault(Locale.GERMAN);
			assertEquals("titre manquant", CaseValidator.validate(untitled).get(0).message(), "no German: French, the root");
			Locale.setDefault(Locale.ENGLISH);
			assertEquals("missing title", CaseValidator.validate(untitled).get(0).message());
			Locale.setDefault(Locale.FRANCE);
			assertEquals("titre manquant", CaseValidator.validate(untitled).get(0).message());
		} finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void apostrophesAndBracesSurviveFormatting() {
		assertTrue(Messages.format("load.noCase").contains("d'étude"));
		// Arguments are inserted as they are, never read again as placeholders.
		assertEquals("valeur « {1} » invalide pour « a$1 » : b", Messages.format("load.invalidValue", "{1}", "a$1", "b"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
