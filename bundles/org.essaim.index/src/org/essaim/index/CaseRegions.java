/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.LinkedHashSet;
import java.util.Set;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Territory;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.sheet.CaseLocations;

/**
 * The régions of a case for the région facet, spelt as in the reference geography: those its territories state
 * (« Nouvelle Aquitaine » and « Aquitaine » both become Nouvelle-Aquitaine), else those its territory names lie in.
 * Few cases fill in the région field, so without the second rule a click on the map would find almost nothing.
 */
final class CaseRegions {

	private CaseRegions() {
	}

	static Set<String> of(CaseStudy caseStudy) {
		Geography geography = Geography.france();
		Set<String> regions = new LinkedHashSet<>();
		for (Territory territory : caseStudy.getTerritories()) {
			String stated = territory.getRegion();
			if (stated != null && !stated.isBlank()) {
				regions.add(geography.lookup(stated, Level.REGION).stream().findFirst()
						.flatMap(match -> geography.regionOf(match.unit())).map(Region::name).orElse(stated.strip()));
			}
		}
		if (regions.isEmpty()) {
			for (TerritoryUnit unit : CaseLocations.locate(geography, caseStudy)) {
				geography.regionOf(unit).ifPresent(region -> regions.add(region.name()));
			}
		}
		return regions;
	}
}
