/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssaimWorkspaceTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@Test
	void loadsProtocolsAndCasesOfAFolderTree() throws Exception {
		TestWorkspaces.write(folder, "protocoles/residence.coop", TestWorkspaces.RESIDENCE_PROTOCOL);
		TestWorkspaces.write(folder, "cas/TEST.case", TestWorkspaces.caseXml("TEST", "Un cas", "Résumé", "Nantes"));
		TestWorkspaces.write(folder, "target/ignored.coop", "not a protocol");
		TestWorkspaces.write(folder, ".hidden/ignored.case", "not a case");
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		assertEquals(List.of(), workspace.problems());
		assertEquals("Résidence de designers", workspace.protocols().get(0).protocol().getTitle());
		assertEquals("Nantes", workspace.findCase("TEST").orElseThrow().caseStudy().getTerritories().get(0).getName());
		assertEquals(2, workspace.fileCount());
	}

	@Test
	void protocolErrorsCarryFileLineAndColumn() throws Exception {
		Path file = TestWorkspaces.write(folder, "p.coop", """
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants fantome }
				}
				""");
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		Problem problem = workspace.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
		assertEquals(file, problem.file());
		assertEquals(3, problem.line());
		assertEquals(32, problem.column());
		assertEquals("p.coop:3:32: error: " + problem.message(), problem.format(folder));
		assertTrue(problem.message().startsWith("« fantome » : aucun acteur"), problem.message());
	}

	@Test
	void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws Exception {
		Path file = folder.resolve("latin1.coop");
		Files.write(file, "protocole p \"Résumé\" {\n}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Problem problem = EssaimWorkspace.load(folder).problems().get(0);
		assertEquals(1, problem.line());
		assertEquals(15, problem.column());
		assertTrue(problem.message().contains("UTF-8"));
	}

	@Test
	void aBrokenCaseIsReportedAndTheOthersStillLoad() throws Exception {
		TestWorkspaces.write(folder, "A.case", TestWorkspaces.caseXml("A", "Bon", "ok", "Lyon"));
		TestWorkspaces.write(folder, "B.case", "<?xml version=\"1.0\"?>\n<casestudy:CaseStudy xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\"\n  id=\"B\">\n<oops>\n");
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		assertEquals(1, workspace.cases().size());
		assertTrue(workspace.hasErrors());
		Problem problem = workspace.problems().get(0);
		assertTrue(problem.file().endsWith("B.case"));
		assertTrue(problem.line() >= 4, "line " + problem.line());
	}

	@Test
	void caseValidationProblemsPointAtTheElement() throws Exception {
		String xml = TestWorkspaces.caseXml("bad id", "Titre", "Résumé", "Lyon");
		TestWorkspaces.write(folder, "C.case", xml);
		Problem problem = EssaimWorkspace.load(folder).problems().get(0);
		assertTrue(problem.isError());
		// The line where the case's element starts.
		assertEquals(2, problem.line());
	}

	@Test
	void aMissingFolderIsOneClearProblem() {
		EssaimWorkspace workspace = EssaimWorkspace.load(folder.resolve("absent"));
		assertFalse(workspace.problems().isEmpty());
		assertTrue(workspace.problems().get(0).message().contains("absent"));
	}
}
