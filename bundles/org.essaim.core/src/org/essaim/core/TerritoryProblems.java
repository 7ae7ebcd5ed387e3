/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.util.List;

import org.essaim.model.CaseFiles;
import org.essaim.territory.Geography;
import org.essaim.territory.TerritoryChecks;

/** Turns the reference geography's warnings on a case's territories into workspace problems. */
final class TerritoryProblems {

	private TerritoryProblems() {
	}

	static void check(CaseDocument document, List<Problem> problems) {
		if (document.caseStudy().getTerritories().stream().allMatch(t -> t.getRegion() == null || t.getRegion().isBlank())) {
			return; // no région field: no need to load the reference
		}
		for (TerritoryChecks.Warning warning : TerritoryChecks.check(Geography.france(), document.caseStudy())) {
			problems.add(new Problem(document.file(), CaseFiles.lineOf(warning.territory()), 1, Severity.WARNING, warning.message()));
		}
	}
}
