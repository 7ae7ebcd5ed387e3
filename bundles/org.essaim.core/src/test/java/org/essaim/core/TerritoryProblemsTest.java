/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace warns on a région field the reference geography does not know, and says which région it means. */
class TerritoryProblemsTest {

	@TempDir
	Path folder;

	private List<Problem> problemsWithRegion(String region) throws Exception {
		String xml = TestWorkspaces.caseXml("REG", "Cas", "Résumé", "Montpellier").replace("name=\"Montpellier\"",
				"name=\"Montpellier\"\n      region=\"" + region + "\"");
		TestWorkspaces.write(folder, "REG.case", xml);
		return EssaimWorkspace.load(folder).problems().stream().filter(p -> p.message().startsWith("Région")).toList();
	}

	@Test
	void aFormerRegionIsAWarningNamingTodaysRegion() throws Exception {
		List<Problem> problems = problemsWithRegion("Languedoc-Roussillon");
		assertEquals(1, problems.size());
		assertEquals(Severity.WARNING, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("aujourd'hui Occitanie (76)"), problems.get(0).message());
		assertEquals(7, problems.get(0).line(), "the line of the territory");
	}

	@Test
	void aMisspeltRegionGetsASuggestion() throws Exception {
		assertTrue(problemsWithRegion("Occitannie").get(0).message().contains("vouliez-vous dire Occitanie (76)"));
	}

	@Test
	void aCurrentRegionIsFine() throws Exception {
		assertEquals(List.of(), problemsWithRegion("Occitanie"));
	}
}
