/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.List;
import java.util.SortedMap;

/**
 * A place of the register (a tiers-lieu, a fablab...), normalised against the reference geography, with the raw
 * values of the columns that were normalised kept beside ({@code raw}, by column name), the defects found on its
 * row (names of {@link DefectKind}) and the ids of the workspace's cases that mention it.
 *
 * @param kind a {@code PlaceKind} literal name of the case model ("coworking", "fablab", "tiers_lieu")
 * @param latitude WGS84 degrees, {@code null} when the source gives none
 */
public record Place(String id, int row, String name, String kind, String communeCode, String communeName, String departementCode,
		String regionCode, Double latitude, Double longitude, String address, String web, SortedMap<String, String> raw,
		List<String> defects, List<String> caseIds) {

	public Place {
		raw = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(raw));
		defects = List.copyOf(defects);
		caseIds = List.copyOf(caseIds);
	}

	/** Whether the place has coordinates to be drawn on a map. */
	public boolean located() {
		return latitude != null && longitude != null;
	}

	/** The same place, mentioned by these cases. */
	public Place withCases(List<String> ids) {
		return new Place(id, row, name, kind, communeCode, communeName, departementCode, regionCode, latitude, longitude, address, web, raw,
				defects, ids);
	}
}
