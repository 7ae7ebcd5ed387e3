/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases checked against their workspace: the protocol they followed, its phases, the cases they relate to. */
class CaseReferencesTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void french() {
		Locale.setDefault(Locale.FRENCH);
	}

	private static String caseFollowing(String protocol, String plannedPhase, String relatedCase) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="SUIVI"
				    title="Un cas qui suit un protocole"
				    protocol="%s">
				  <phases
				      name="p1"
				      plannedPhase="%s"/>
				  <relations
				      target="%s"/>
				</casestudy:CaseStudy>
				""".formatted(protocol, plannedPhase, relatedCase);
	}

	private List<Problem> problemsOf(String caseXml) throws Exception {
		TestWorkspaces.write(folder, "residence.coop", TestWorkspaces.RESIDENCE_PROTOCOL);
		TestWorkspaces.write(folder, "AUTRE.case", TestWorkspaces.caseXml("AUTRE", "Autre cas", "Résumé", "Lyon"));
		TestWorkspaces.write(folder, "SUIVI.case", caseXml);
		return EssaimWorkspace.load(folder).problems();
	}

	@Test
	void aCaseThatFollowsAnExistingProtocolPhaseAndRelatesToAnExistingCaseIsFine() throws Exception {
		assertEquals(List.of(), problemsOf(caseFollowing("residence", "immersion", "AUTRE")));
	}

	@Test
	void anUnknownProtocolIsAnErrorOnTheCase() throws Exception {
		Problem problem = only(problemsOf(caseFollowing("fantome", "immersion", "AUTRE")));
		assertTrue(problem.message().contains("le protocole « fantome »"), problem.message());
		assertEquals(2, problem.line(), "the line where the case starts");
	}

	@Test
	void aPlannedPhaseThatTheProtocolDoesNotHaveIsAnErrorOnThePhase() throws Exception {
		Problem problem = only(problemsOf(caseFollowing("residence", "restitution", "AUTRE")));
		assertEquals("la phase prévue « restitution » n'est pas une phase du protocole « residence »", problem.message());
		assertEquals(7, problem.line());
		assertEquals(Severity.ERROR, problem.severity());
	}

	@Test
	void aRelationToAMissingCaseIsAnErrorOnTheRelation() throws Exception {
		Problem problem = only(problemsOf(caseFollowing("residence", "immersion", "DISPARU")));
		assertTrue(problem.message().contains("« DISPARU »"), problem.message());
		assertEquals(10, problem.line());
	}

	@Test
	void aSingleFileIsNotCheckedAgainstAWorkspaceItDoesNotSee() throws Exception {
		Path file = TestWorkspaces.write(folder, "SEUL.case", caseFollowing("fantome", "x", "DISPARU").replace("SUIVI", "SEUL"));
		assertEquals(List.of(), EssaimWorkspace.load(file).problems());
	}

	private static Problem only(List<Problem> problems) {
		assertEquals(1, problems.size(), problems::toString);
		return problems.get(0);
	}
}
