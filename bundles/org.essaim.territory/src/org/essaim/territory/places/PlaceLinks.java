/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.territory.internal.Names;

/** Links places of a register to the cases that name them among their own places (same name, accents and case aside). */
public final class PlaceLinks {

	private PlaceLinks() {
	}

	/** The register with each place's case ids set from these cases (sorted, so that reruns give the same file). */
	public static PlaceRegister linkCases(PlaceRegister register, List<CaseStudy> cases) {
		Map<String, TreeSet<String>> casesByPlaceName = new HashMap<>();
		for (CaseStudy caseStudy : cases) {
			for (org.essaim.model.casestudy.Place place : caseStudy.getPlaces()) {
				String key = Names.fold(place.getName());
				if (!key.isEmpty() && caseStudy.getId() != null) {
					casesByPlaceName.computeIfAbsent(key, k -> new TreeSet<>()).add(caseStudy.getId());
				}
			}
		}
		List<Place> linked = new ArrayList<>(register.places().size());
		for (Place place : register.places()) {
			TreeSet<String> ids = casesByPlaceName.getOrDefault(Names.fold(place.name()), new TreeSet<>());
			linked.add(place.withCases(List.copyOf(ids)));
		}
		return new PlaceRegister(register.source(), linked);
	}
}
