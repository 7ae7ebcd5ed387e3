/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.essaim.territory.Geography;
import org.essaim.territory.internal.Names;

/**
 * Imports a table of places shaped like the 2019 national census of tiers-lieux (columns ID, NOM_TL, ADRESSE, CP,
 * COMINIT, INSEECOM, NOMCOM, WEB, TYPO, LAT, LONG, INSEEREG, NOMREG, INSEEDEP...) into a {@link PlaceRegister},
 * normalising communes, départements and régions against the reference geography and naming every defect by row.
 * Nothing is dropped: each row becomes a place, its raw values kept. The same table always gives the same result.
 */
public final class PlacesImport {

	/** Columns whose raw values are kept beside the normalised ones. */
	static final List<String> KEPT_RAW = List.of("INSEECOM", "NOMCOM", "COMINIT", "CP", "INSEEDEP", "INSEEREG", "NOMREG", "TYPO");

	private final Geography geography;

	public PlacesImport(Geography geography) {
		this.geography = geography;
	}

	/** The result of an import: the register and its data-quality report. */
	public record Result(PlaceRegister register, ImportReport report) {
	}

	/** Imports every row of the table. */
	public Result run(SourceTable table) {
		List<Place> places = new ArrayList<>(table.rows().size());
		List<Defect> defects = new ArrayList<>();
		RowNormaliser normaliser = new RowNormaliser(geography);
		int row = 0;
		for (Map<String, String> values : table.rows()) {
			row++;
			places.add(normaliser.normalise(row, values, defects));
		}
		places = markDuplicates(places, defects);
		ImportReport report = new ImportReport(table.name(), table.encoding(), table.delimiter(), table.rows().size(), defects);
		return new Result(new PlaceRegister(table.name(), places), report);
	}

	/** Rows whose name repeats an earlier row's name: reported, and kept (a homonym in another commune is no error). */
	private static List<Place> markDuplicates(List<Place> places, List<Defect> defects) {
		Map<String, Place> firstByName = new HashMap<>();
		List<Place> marked = new ArrayList<>(places.size());
		for (Place place : places) {
			String key = Names.fold(place.name());
			Place first = key.isEmpty() ? null : firstByName.putIfAbsent(key, place);
			if (first == null) {
				marked.add(place);
				continue;
			}
			boolean sameCommune = !place.communeCode().isEmpty() && place.communeCode().equals(first.communeCode());
			boolean identical = place.name().strip().equalsIgnoreCase(first.name().strip());
			defects.add(new Defect(place.row(), place.id(), place.name(), DefectKind.DUPLICATE_NAME, place.name(), first.name(),
					(identical ? "même nom que la ligne " : "nom presque identique à « " + first.name() + " », ligne ") + first.row() + " ("
							+ first.id() + ")"
							+ (sameCommune ? ", même commune : doublon probable" : ", autre commune : homonyme probable")));
			List<String> kinds = new ArrayList<>(place.defects());
			kinds.add(DefectKind.DUPLICATE_NAME.name());
			marked.add(new Place(place.id(), place.row(), place.name(), place.kind(), place.communeCode(), place.communeName(),
					place.departementCode(), place.regionCode(), place.latitude(), place.longitude(), place.address(), place.web(),
					new TreeMap<>(place.raw()), kinds, place.caseIds()));
		}
		return marked;
	}
}
