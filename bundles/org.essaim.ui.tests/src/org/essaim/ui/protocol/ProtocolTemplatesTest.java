/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.essaim.ui.testing.Examples;
import org.junit.jupiter.api.Test;

/** A new protocol copied from the library is valid, named after its file, and says what it derives from. */
class ProtocolTemplatesTest {

	@Test
	void theLibraryOffersTheProtocolsButNotTheMethodLibrary() {
		List<String> names = ProtocolTemplates.of(Examples.folder()).stream().map(ProtocolTemplates.Template::name).toList();
		assertTrue(names.contains("territoire_camp"), "templates: " + names);
		assertFalse(names.contains("methodes"), "a library of methods is no protocol: " + names);
	}

	@Test
	void aCopyIsRenamedDerivedAndValid() throws Exception {
		ProtocolTemplates.Template template = ProtocolTemplates.of(Examples.folder()).stream()
				.filter(candidate -> candidate.name().equals("territoire_camp")).findFirst().orElseThrow();
		String name = ProtocolTemplates.nameFor("camp-de-mon-territoire.coop");
		assertEquals("camp_de_mon_territoire", name);
		String copy = ProtocolTemplates.copy(template, name);
		assertTrue(copy.contains("protocole camp_de_mon_territoire \""), copy.substring(0, 800));
		assertTrue(copy.contains("dérivé de territoire_camp"), "lineage kept");
		assertEquals(List.of(), errorsOf(copy, "camp-de-mon-territoire.coop"));
	}

	@Test
	void anEmptyProtocolIsValid() {
		assertEquals(List.of(), errorsOf(ProtocolTemplates.empty("vide", "Nouveau protocole"), "vide.coop"));
	}

	/** Errors of {@code text} as a new file of protocols/, the other protocols of the examples beside it. */
	private static List<String> errorsOf(String text, String fileName) {
		Path file = Examples.folder().resolve("protocols").resolve(fileName);
		List<Issue> issues = new ProtocolModel(file, Examples.folder()).validate(text, () -> false);
		return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).map(Issue::getMessage).toList();
	}
}
