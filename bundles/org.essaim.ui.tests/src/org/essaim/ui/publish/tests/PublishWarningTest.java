/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.essaim.ui.publish.PublishWarning;
import org.junit.jupiter.api.Test;

/** The publisher's warning lines taken apart into file, line, severity and message. */
class PublishWarningTest {

	@Test
	void warningOfAHandWrittenChapter() {
		PublishWarning warning = PublishWarning.parse("guide/manque.adoc:3: avertissement : include file not found: absent.adoc");
		assertEquals("guide/manque.adoc", warning.where());
		assertEquals(3, warning.line());
		assertFalse(warning.error());
		assertEquals("include file not found: absent.adoc", warning.message());
		assertFalse(warning.generated());
		assertNull(warning.sourceName());
	}

	@Test
	void errorOfAGeneratedPageNamesItsSource() {
		PublishWarning warning = PublishWarning.parse("_sources/cas/rouen.adoc (rouen.case):12: erreur : section title out of sequence");
		assertEquals("_sources/cas/rouen.adoc", warning.where());
		assertEquals(12, warning.line());
		assertTrue(warning.error());
		assertTrue(warning.generated());
		assertEquals("rouen.case", warning.sourceName());
		assertEquals("section title out of sequence", warning.message());
	}

	@Test
	void warningWithoutSeverityLabelStaysWhole() {
		PublishWarning warning = PublishWarning.parse("guide/a.adoc:7: passthrough ou substitution neutralisé (le HTML brut n'est pas publié)");
		assertEquals(7, warning.line());
		assertFalse(warning.error());
		assertEquals("passthrough ou substitution neutralisé (le HTML brut n'est pas publié)", warning.message());
	}

	@Test
	void warningWithoutLineOrFile() {
		assertEquals(0, PublishWarning.parse("guide/a.adoc: warning : something").line());
		assertEquals("", PublishWarning.parse("texte libre").where());
	}
}
