/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Territory;
import org.essaim.territory.Geography;
import org.essaim.territory.TerritoryUnit;

/** Where a case took place, in the reference geography: the units its territories name (name and région fields). */
public final class CaseLocations {

	private CaseLocations() {
	}

	/** The units named by the case's territories, in order of appearance; empty for "France", "zones rurales"... */
	public static List<TerritoryUnit> locate(Geography geography, CaseStudy caseStudy) {
		Set<TerritoryUnit> units = new LinkedHashSet<>();
		for (Territory territory : caseStudy.getTerritories()) {
			units.addAll(geography.findIn(territory.getName()));
			if (territory.getRegion() != null && !territory.getRegion().isBlank()) {
				units.addAll(geography.findIn(territory.getRegion()));
			}
		}
		return List.copyOf(units);
	}
}
