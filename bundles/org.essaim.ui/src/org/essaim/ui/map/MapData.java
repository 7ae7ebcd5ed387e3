/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.territory.Departement;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.essaim.territory.sheet.TerritorySheets;
import org.essaim.ui.EssaimUiPlugin;

/**
 * What the map shows for one workspace: the number of cases and of places in each région and département, and the
 * located places. Cases are located from their territories and text ({@link TerritorySheets#caseLocations()}).
 */
record MapData(Map<String, Integer> casesByArea, Map<String, Integer> placesByArea, List<Place> located) {

	static final MapData EMPTY = new MapData(Map.of(), Map.of(), List.of());

	/** Reads the workspace's cases and place registers (blocking: run it in a job). */
	static MapData load(Path workspace) {
		Geography geography = Geography.france();
		List<CaseStudy> cases = EssaimWorkspace.load(workspace).cases().stream().map(CaseDocument::caseStudy).toList();
		List<PlaceRegister> registers;
		try {
			registers = PlaceRegisterFiles.loadAll(workspace);
		} catch (IOException e) {
			EssaimUiPlugin.logError("Cannot read the place registers of " + workspace, e);
			registers = List.of();
		}
		Map<String, Integer> casesByArea = new HashMap<>();
		new TerritorySheets(geography, registers, cases).caseLocations().forEach((caseId, units) -> {
			// A case counts once per area, however many of its territories lie there.
			Set<String> areas = new HashSet<>();
			for (TerritoryUnit unit : units) {
				regionOf(geography, unit).ifPresent(r -> areas.add(key(Level.REGION, r.code())));
				departementOf(geography, unit).ifPresent(d -> areas.add(key(Level.DEPARTEMENT, d.code())));
			}
			areas.forEach(area -> casesByArea.merge(area, 1, Integer::sum));
		});
		Map<String, Integer> placesByArea = new HashMap<>();
		List<Place> places = registers.stream().flatMap(r -> r.places().stream()).toList();
		for (Place place : places) {
			if (place.regionCode() != null) {
				placesByArea.merge(key(Level.REGION, place.regionCode()), 1, Integer::sum);
			}
			if (place.departementCode() != null) {
				placesByArea.merge(key(Level.DEPARTEMENT, place.departementCode()), 1, Integer::sum);
			}
		}
		return new MapData(Map.copyOf(casesByArea), Map.copyOf(placesByArea), places.stream().filter(Place::located).toList());
	}

	int cases(Level level, String code) {
		return casesByArea.getOrDefault(key(level, code), 0);
	}

	int places(Level level, String code) {
		return placesByArea.getOrDefault(key(level, code), 0);
	}

	private static Optional<Region> regionOf(Geography geography, TerritoryUnit unit) {
		return unit instanceof Region region ? Optional.of(region) : geography.regionOf(unit);
	}

	private static Optional<Departement> departementOf(Geography geography, TerritoryUnit unit) {
		return unit instanceof Departement departement ? Optional.of(departement) : geography.departementOf(unit);
	}

	private static String key(Level level, String code) {
		return level.name() + ":" + code;
	}
}
