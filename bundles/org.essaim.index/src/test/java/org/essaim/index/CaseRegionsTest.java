/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Territory;
import org.junit.jupiter.api.Test;

/** The région facet of a case: stated régions in their reference spelling, else deduced from territory names. */
class CaseRegionsTest {

	private static CaseStudy caseIn(String territoryName, String region) {
		CaseStudy caseStudy = CasestudyFactory.eINSTANCE.createCaseStudy();
		Territory territory = CasestudyFactory.eINSTANCE.createTerritory();
		territory.setName(territoryName);
		territory.setRegion(region);
		caseStudy.getTerritories().add(territory);
		return caseStudy;
	}

	@Test
	void aStatedRegionTakesTheReferenceSpelling() {
		assertEquals(Set.of("Nouvelle-Aquitaine"), CaseRegions.of(caseIn("Bordeaux", "Nouvelle Aquitaine")));
		assertEquals(Set.of("Auvergne-Rhône-Alpes"), CaseRegions.of(caseIn("Lyon", "Rhône-Alpes")), "a pre-2016 région");
	}

	@Test
	void anUnstatedRegionIsDeducedFromTheTerritoryName() {
		assertEquals(Set.of("Provence-Alpes-Côte d'Azur"), CaseRegions.of(caseIn("Caumont-sur-Durance (Vaucluse)", null)));
		assertEquals(Set.of("Grand Est"), CaseRegions.of(caseIn("Nancy et couronne (Meurthe-et-Moselle)", "")));
	}

	@Test
	void aTerritoryNamingNoPlaceHasNoRegion() {
		assertEquals(Set.of(), CaseRegions.of(caseIn("France entière", null)));
		assertEquals(List.of(), List.copyOf(CaseRegions.of(CasestudyFactory.eINSTANCE.createCaseStudy())));
	}
}
