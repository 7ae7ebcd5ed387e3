/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.essaim.territory.Commune;
import org.essaim.territory.Departement;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.NameMatch;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.internal.Names;

/** Normalises one census row: commune, département, région, type and coordinates, recording each defect. */
final class RowNormaliser {

	private final Geography geography;
	private final Map<String, Optional<Region>> regionNames = new HashMap<>();

	RowNormaliser(Geography geography) {
		this.geography = geography;
	}

	Place normalise(int row, Map<String, String> values, List<Defect> defects) {
		String name = value(values, "NOM_TL");
		String rawId = value(values, "ID");
		String id = "lieu-" + (rawId.isEmpty() ? Integer.toString(row) : rawId.replaceAll("[^\\p{Alnum}_-]", "_"));
		List<Defect> found = new ArrayList<>();
		Reporter report = (kind, raw, normalised, message) -> found.add(new Defect(row, id, name, kind, raw, normalised, message));

		Double latitude = number(value(values, "LAT"));
		Double longitude = number(value(values, "LONG"));
		if (latitude == null || longitude == null) {
			report.add(DefectKind.MISSING_COORDINATES, value(values, "LAT") + " " + value(values, "LONG"), "", "pas de coordonnées : lieu non placé sur les cartes");
		}
		String rawDepartement = value(values, "INSEEDEP").toUpperCase(Locale.ROOT);
		String overseasByPosition = latitude == null || longitude == null ? null : OverseasAreas.departementAt(latitude, longitude);
		Commune commune = commune(values, rawDepartement, overseasByPosition, report);
		String departementCode = commune != null ? commune.departementCode()
				: overseasByPosition != null ? overseasByPosition : geography.departement(rawDepartement).map(Departement::code).orElse("");
		checkDepartement(rawDepartement, departementCode, commune, report);
		String regionCode = commune != null ? commune.regionCode()
				: geography.departement(departementCode).map(Departement::regionCode).orElse("");
		checkRegion(values, regionCode, report);
		String kind = kind(value(values, "TYPO"), report);

		TreeMap<String, String> raw = new TreeMap<>();
		for (String column : PlacesImport.KEPT_RAW) {
			if (values.containsKey(column)) {
				raw.put(column, values.get(column));
			}
		}
		defects.addAll(found);
		return new Place(id, row, name, kind, commune == null ? "" : commune.code(), commune == null ? "" : commune.name(), departementCode,
				regionCode, latitude, longitude, value(values, "ADRESSE"), value(values, "WEB"), raw,
				found.stream().map(d -> d.kind().name()).distinct().toList(), List.of());
	}

	private Commune commune(Map<String, String> values, String rawDepartement, String overseasByPosition, Reporter report) {
		String code = value(values, "INSEECOM").toUpperCase(Locale.ROOT);
		String departementHint = overseasByPosition != null ? overseasByPosition : rawDepartement;
		if (code.isEmpty() || code.chars().allMatch(c -> c == '0')) {
			Commune byName = byName(values, departementHint);
			if (byName == null) {
				report.add(DefectKind.COMMUNE_NOT_FOUND, communeNames(values), "", communeNames(values).isEmpty()
						? "ni code ni nom de commune : lieu rattaché à son seul département " + departementHint
						: "aucune commune nommée « " + communeNames(values) + " » dans le département " + departementHint);
			}
			report.add(DefectKind.COMMUNE_CODE_ZERO, code, byName == null ? "" : byName.code(), byName == null
					? "code commune « " + code + " » ; commune introuvable"
					: "code commune « " + code + " » ; commune retrouvée par son nom : " + byName.name() + " (" + byName.code() + ")");
			return byName;
		}
		if (code.length() == 4 && code.chars().allMatch(Character::isDigit)) {
			// A spreadsheet or a JSON export read the code as a number and dropped the zero of départements 01 to 09.
			report.add(DefectKind.LEADING_ZERO_DROPPED, code, "0" + code, "code « " + code + " » lu comme « 0" + code + " »");
			code = "0" + code;
		}
		Optional<Commune> exact = geography.commune(code);
		if (exact.isPresent()) {
			return exact.get();
		}
		Optional<Commune> current = geography.currentCommune(code);
		if (current.isPresent()) {
			String reason = geography.replacementReason(code).orElse("");
			report.add(geography.isArrondissement(code) ? DefectKind.ARRONDISSEMENT_CODE : DefectKind.FORMER_COMMUNE_CODE, code,
					current.get().code(), "code " + code + " (" + reason + ") : commune " + current.get().name() + " (" + current.get().code() + ")");
			return current.get();
		}
		Commune byName = byName(values, departementHint);
		report.add(DefectKind.UNKNOWN_COMMUNE_CODE, code, byName == null ? "" : byName.code(),
				"code commune « " + code + " » inconnu"
						+ (byName == null ? "" : " ; commune retrouvée par son nom : " + byName.name() + " (" + byName.code() + ")"));
		return byName;
	}

	/** The commune named in NOMCOM, else COMINIT, in the given département (any département if it has none there). */
	private Commune byName(Map<String, String> values, String departement) {
		for (String column : new String[] { "NOMCOM", "COMINIT" }) {
			String name = value(values, column);
			if (name.isEmpty()) {
				continue;
			}
			List<NameMatch> matches = geography.lookup(name, Level.COMMUNE);
			for (NameMatch match : matches) {
				if (((Commune) match.unit()).departementCode().equals(departement)) {
					return (Commune) match.unit();
				}
			}
			Commune partial = partialName(name, departement);
			if (partial != null) {
				return partial;
			}
		}
		return null;
	}

	/**
	 * The only commune of the département whose name holds the given one as whole words at its start or end:
	 * "Puy-en-Velay" is Le Puy-en-Velay, "Florac" is Florac Trois Rivières since the 2016 merger.
	 */
	private Commune partialName(String name, String departement) {
		String folded = Names.fold(name);
		Optional<Departement> unit = geography.departement(departement);
		if (folded.length() < 4 || unit.isEmpty()) {
			return null;
		}
		List<Commune> found = geography.communesOf(unit.get()).stream().filter(c -> {
			String official = Names.fold(c.name());
			return official.startsWith(folded + " ") || official.endsWith(" " + folded);
		}).limit(2).toList();
		return found.size() == 1 ? found.get(0) : null;
	}

	private void checkDepartement(String raw, String normalised, Commune commune, Reporter report) {
		if (raw.equals(normalised) || normalised.isEmpty()) {
			return;
		}
		boolean overseas = raw.startsWith("97") || normalised.startsWith("97");
		String where = commune == null ? "la position du lieu" : "la commune " + commune.name() + " (" + commune.code() + ")";
		report.add(overseas ? DefectKind.OVERSEAS_DEPARTEMENT_MISMATCH : DefectKind.DEPARTEMENT_MISMATCH, raw, normalised,
				"département « " + raw + " » ; " + where + " est dans le département " + normalised + " ("
						+ geography.departement(normalised).map(TerritoryUnit::name).orElse("?") + ")");
	}

	private void checkRegion(Map<String, String> values, String regionCode, Reporter report) {
		String rawName = value(values, "NOMREG");
		String official = geography.region(regionCode).map(Region::name).orElse("");
		if (rawName.isEmpty()) {
			report.add(DefectKind.REGION_MISSING, "", official, official.isEmpty() ? "pas de région, et commune inconnue"
					: "pas de région ; déduite de la commune : " + official + " (" + regionCode + ")");
			return;
		}
		if (rawName.equals(official)) {
			return;
		}
		Optional<Region> named = regionNames.computeIfAbsent(rawName,
				n -> geography.lookup(n, Level.REGION).stream().findFirst().map(m -> (Region) m.unit()));
		if (named.isPresent() && named.get().code().equals(regionCode) || official.isEmpty() && named.isPresent()) {
			report.add(DefectKind.REGION_NAME_MISSPELLED, rawName, named.get().name(), "« " + rawName + " » normalisé en « " + named.get().name() + " »");
		} else {
			report.add(DefectKind.REGION_MISMATCH, rawName, official, "région « " + rawName + " » ; la commune est en " + official + " (" + regionCode + ")");
		}
	}

	private static String kind(String typo, Reporter report) {
		String lower = typo.toLowerCase(Locale.ROOT);
		if (lower.isEmpty()) {
			report.add(DefectKind.MISSING_TYPE, "", "tiers_lieu", "pas de type : classé « tiers-lieu » sans dominante");
			return "tiers_lieu";
		}
		if (lower.contains("cowork")) {
			return "coworking";
		}
		if (lower.contains("fablab") || lower.contains("fab lab")) {
			return "fablab";
		}
		report.add(DefectKind.UNKNOWN_TYPE, typo, "tiers_lieu", "type « " + typo + " » inconnu : classé « tiers-lieu »");
		return "tiers_lieu";
	}

	private static String communeNames(Map<String, String> values) {
		String name = value(values, "NOMCOM");
		return name.isEmpty() ? value(values, "COMINIT") : name;
	}

	private static String value(Map<String, String> values, String column) {
		String value = values.get(column);
		return value == null ? "" : value.trim();
	}

	private static Double number(String text) {
		try {
			return text.isEmpty() ? null : Double.valueOf(text.replace(',', '.'));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@FunctionalInterface
	private interface Reporter {
		void add(DefectKind kind, String raw, String normalised, String message);
	}
}
