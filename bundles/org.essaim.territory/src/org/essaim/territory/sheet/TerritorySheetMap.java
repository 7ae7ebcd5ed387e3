/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.essaim.territory.Departement;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;
import org.essaim.territory.svg.FranceMap;
import org.essaim.territory.svg.MapPoint;

/** The map of a territory sheet: its départements (or its own) coloured by places, its places as points. */
public final class TerritorySheetMap {

	private TerritorySheetMap() {
	}

	/** SVG of the territory and its surroundings; {@code allPlaces} colour the surrounding départements too. */
	public static String toSvg(Geography geography, TerritorySheet sheet, List<Place> allPlaces) {
		TerritoryUnit unit = sheet.unit();
		List<String> focus = switch (unit) {
		case Region region -> geography.departements().stream().filter(d -> d.regionCode().equals(region.code())).map(Departement::code).toList();
		default -> geography.departementOf(unit).map(d -> List.of(d.code())).orElse(List.of());
		};
		Map<String, Integer> counts = new TreeMap<>();
		allPlaces.forEach(p -> counts.merge(p.departementCode(), 1, Integer::sum));
		List<MapPoint> points = sheet.places().stream().filter(Place::located)
				.map(p -> new MapPoint(p.latitude(), p.longitude(), p.name() + " — " + p.communeName(), p.kind())).toList();
		String subtitle = sheet.places().size() + " lieu(x) du recensement 2019 dans ce territoire ; départements colorés selon leur nombre de lieux";
		return FranceMap.of(Level.DEPARTEMENT).title(unit.name() + " — " + unit.level().label()).subtitle(subtitle).counts(counts, "lieu", "lieux")
				.points(points).focus(focus).source("Lieux : recensement des tiers-lieux 2019 (CGET/ANCT), Licence Ouverte.").toSvg();
	}
}
