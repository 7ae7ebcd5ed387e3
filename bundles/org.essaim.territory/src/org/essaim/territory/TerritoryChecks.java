/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.ArrayList;
import java.util.List;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Territory;

/**
 * Checks a case's territories against the reference: a région field that names no current région is reported with
 * the région it most likely means (a former région, a misspelling). Free-text territory names are not checked:
 * they quote the sources, which may use the names of their time.
 */
public final class TerritoryChecks {

	/** A warning on one territory of a case, in French. */
	public record Warning(Territory territory, String message) {
	}

	private TerritoryChecks() {
	}

	/** The warnings for one case (empty when every région field names a current région). */
	public static List<Warning> check(Geography geography, CaseStudy caseStudy) {
		List<Warning> warnings = new ArrayList<>();
		for (Territory territory : caseStudy.getTerritories()) {
			String region = territory.getRegion();
			if (region == null || region.isBlank() || isCurrentRegion(geography, region)) {
				continue;
			}
			List<NameMatch> matches = geography.lookup(region, Level.REGION);
			if (matches.isEmpty()) {
				warnings.add(new Warning(territory, "Région inconnue : « " + region + " » (référentiel INSEE 2026)."));
				continue;
			}
			NameMatch best = matches.get(0);
			String why = switch (best.how()) {
			case FORMER_NAME -> "ancien nom ; la région est aujourd'hui ";
			case SPELLING -> "orthographe incertaine ; vouliez-vous dire ";
			case OFFICIAL -> "écrire le nom officiel : ";
			};
			warnings.add(new Warning(territory, "Région « " + region + " » : " + why + best.unit().name() + " (" + best.unit().code() + ")."));
		}
		return warnings;
	}

	private static boolean isCurrentRegion(Geography geography, String name) {
		String trimmed = name.trim();
		return geography.regions().stream().anyMatch(r -> r.name().equals(trimmed) || r.code().equals(trimmed));
	}
}
