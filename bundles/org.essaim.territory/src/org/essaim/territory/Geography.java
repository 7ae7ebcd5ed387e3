/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.essaim.territory.internal.Names;

/**
 * The French reference geography (INSEE Code officiel géographique 2026): régions, départements, EPCI and
 * communes with codes, names and populations, loaded once from the files shipped in this bundle. Lookups by code
 * follow replaced codes (municipal arrondissements, communes merged into a commune nouvelle); lookups by name
 * recognise former names and misspellings (see {@link NameIndex}).
 */
public final class Geography {

	private static volatile Geography france;

	private final Map<String, Region> regions = new LinkedHashMap<>();
	private final Map<String, Departement> departements = new LinkedHashMap<>();
	private final Map<String, Epci> epcis = new LinkedHashMap<>();
	private final Map<String, Commune> communes = new LinkedHashMap<>();
	/** Code no longer current (arrondissement, merged commune) -> why, and the current commune. */
	private final Map<String, Replacement> replaced = new HashMap<>();
	private final Map<String, List<Commune>> communesByParent = new HashMap<>();
	private final NameIndex names;

	/** Why a code is not current, and the commune that replaces it. */
	record Replacement(String currentCode, String formerName, String reason) {
	}

	private Geography() {
		for (CSVRecord r : ReferenceData.read("regions.csv")) {
			regions.put(r.get("code"), new Region(r.get("code"), r.get("nom"), r.get("chefLieu"), !"metro".equals(r.get("zone"))));
		}
		for (CSVRecord r : ReferenceData.read("departements.csv")) {
			departements.put(r.get("code"),
					new Departement(r.get("code"), r.get("nom"), r.get("region"), r.get("chefLieu"), !"metro".equals(r.get("zone"))));
		}
		for (CSVRecord r : ReferenceData.read("epci.csv.gz")) {
			epcis.put(r.get("code"), new Epci(r.get("code"), r.get("nom"), r.get("type"), ReferenceData.number(r.get("population"))));
		}
		// communes.csv.gz columns: code;type;nom;dep;reg;population;epci;parent;anciensCodes
		List<String[]> rows = ReferenceData.readPlain("communes.csv.gz");
		for (String[] r : rows) {
			if (!"A".equals(r[1])) {
				continue;
			}
			Commune commune = new Commune(r[0], r[2], r[3], r[4], ReferenceData.number(r[5]), r[6]);
			communes.put(commune.code(), commune);
			for (String parent : new String[] { "region:" + commune.regionCode(), "departement:" + commune.departementCode(),
					"epci:" + commune.epciCode() }) {
				communesByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(commune);
			}
		}
		names = new NameIndex();
		for (Commune commune : communes.values()) {
			names.addOfficial(commune);
		}
		for (String[] r : rows) {
			if ("A".equals(r[1])) {
				Commune current = communes.get(r[0]);
				for (String old : r[8].isBlank() ? new String[0] : r[8].split(" ")) {
					replaced.putIfAbsent(old, new Replacement(current.code(), "", "ancienne commune fusionnée dans " + current.name()));
				}
				continue;
			}
			Commune current = communes.get(r[7]);
			if (current == null) {
				continue;
			}
			String reason = switch (r[1]) {
			case "M" -> "arrondissement municipal de " + current.name();
			case "D" -> "commune déléguée de " + current.name();
			default -> "commune associée à " + current.name();
			};
			if (!communes.containsKey(r[0])) {
				replaced.put(r[0], new Replacement(current.code(), r[2], reason));
			}
			names.addFormerName(r[2], current);
		}
		regions.values().forEach(names::addOfficial);
		departements.values().forEach(names::addOfficial);
		epcis.values().forEach(names::addOfficial);
		FormerRegions.NAMES.forEach((name, code) -> names.addFormerName(name, regions.get(code)));
	}

	/** The shipped reference, loaded on first use (about a quarter of a second) and shared. */
	public static Geography france() {
		Geography loaded = france;
		if (loaded == null) {
			synchronized (Geography.class) {
				loaded = france;
				if (loaded == null) {
					loaded = new Geography();
					france = loaded;
				}
			}
		}
		return loaded;
	}

	public List<Region> regions() {
		return List.copyOf(regions.values());
	}

	public List<Departement> departements() {
		return List.copyOf(departements.values());
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(regions.get(code));
	}

	public Optional<Departement> departement(String code) {
		return Optional.ofNullable(departements.get(code));
	}

	public Optional<Epci> epci(String code) {
		return Optional.ofNullable(epcis.get(code));
	}

	/** The current commune with exactly this code (replaced codes are not followed: see {@link #currentCommune}). */
	public Optional<Commune> commune(String code) {
		return Optional.ofNullable(communes.get(code));
	}

	/** The unit of this level with this code. */
	public Optional<TerritoryUnit> find(Level level, String code) {
		return Optional.ofNullable(switch (level) {
		case REGION -> regions.get(code);
		case DEPARTEMENT -> departements.get(code);
		case EPCI -> epcis.get(code);
		case COMMUNE -> communes.get(code);
		});
	}

	/** The commune a code designates today: itself, or the commune its arrondissement or former commune belongs to. */
	public Optional<Commune> currentCommune(String code) {
		Commune commune = communes.get(code);
		if (commune != null) {
			return Optional.of(commune);
		}
		Replacement replacement = replaced.get(code);
		return replacement == null ? Optional.empty() : Optional.ofNullable(communes.get(replacement.currentCode()));
	}

	/** Why a commune code is no longer current ("arrondissement municipal de Paris"), if it is a replaced code. */
	public Optional<String> replacementReason(String code) {
		return Optional.ofNullable(replaced.get(code)).map(Replacement::reason);
	}

	/** Whether a commune code is a municipal arrondissement (Paris 751xx, Lyon 6938x, Marseille 132xx). */
	public boolean isArrondissement(String code) {
		Replacement replacement = replaced.get(code);
		return replacement != null && replacement.reason().startsWith("arrondissement");
	}

	/** The communes of a région, département or EPCI (the commune itself for a commune), in code order. */
	public List<Commune> communesOf(TerritoryUnit unit) {
		if (unit instanceof Commune commune) {
			return List.of(commune);
		}
		return List.copyOf(communesByParent.getOrDefault(unit.key(), List.of()));
	}

	/** Population of a unit; for régions and départements, the sum of their communes. */
	public int population(TerritoryUnit unit) {
		if (unit.population() > 0 || unit instanceof Commune) {
			return unit.population();
		}
		return communesOf(unit).stream().mapToInt(Commune::population).sum();
	}

	/** The région a unit lies in (an EPCI's is the région of its most populous commune). */
	public Optional<Region> regionOf(TerritoryUnit unit) {
		return switch (unit) {
		case Region region -> Optional.of(region);
		case Departement departement -> region(departement.regionCode());
		case Commune commune -> region(commune.regionCode());
		case Epci epci -> mainCommune(epci).flatMap(c -> region(c.regionCode()));
		};
	}

	/** The département a unit lies in, if it lies in one. */
	public Optional<Departement> departementOf(TerritoryUnit unit) {
		return switch (unit) {
		case Region region -> Optional.empty();
		case Departement departement -> Optional.of(departement);
		case Commune commune -> departement(commune.departementCode());
		case Epci epci -> mainCommune(epci).flatMap(c -> departement(c.departementCode()));
		};
	}

	/** The EPCI a commune belongs to. */
	public Optional<Epci> epciOf(Commune commune) {
		return epci(commune.epciCode());
	}

	/** Whether {@code inner} lies within {@code outer} (a unit contains itself). */
	public boolean contains(TerritoryUnit outer, TerritoryUnit inner) {
		if (outer.equals(inner)) {
			return true;
		}
		return switch (outer) {
		case Region region -> regionOf(inner).filter(region::equals).isPresent();
		case Departement departement -> !(inner instanceof Region) && departementOf(inner).filter(departement::equals).isPresent()
				&& !(inner instanceof Epci);
		case Epci epci -> inner instanceof Commune commune && epci.code().equals(commune.epciCode());
		case Commune commune -> false;
		};
	}

	private Optional<Commune> mainCommune(Epci epci) {
		return communesOf(epci).stream().max(Comparator.comparingInt(Commune::population));
	}

	/** Units whose name is this one, officially, formerly, or within a few letters; the best matches first. */
	public List<NameMatch> lookup(String name) {
		return names.lookup(name, null);
	}

	/** Like {@link #lookup(String)}, keeping only units of one level. */
	public List<NameMatch> lookup(String name, Level level) {
		return names.lookup(name, level);
	}

	/** The units named in a free text ("Nancy et couronne (Meurthe-et-Moselle)"), in order of appearance. */
	public List<TerritoryUnit> findIn(String text) {
		return names.findIn(text);
	}

	/** Checks a code of a given level and, when it is not current, says why and suggests the right unit. */
	public CodeCheck checkCode(Level level, String code) {
		return checkCode(level, code, null);
	}

	/**
	 * Checks a code; {@code nameHint}, the name written beside the code if any, makes suggestions for an unknown code
	 * and a warning when the code designates another unit than the one named.
	 */
	public CodeCheck checkCode(Level level, String code, String nameHint) {
		return new CodeChecker(this, names).check(level, code == null ? "" : code.trim(), nameHint);
	}

	/**
	 * Resolves what a user types to designate a territory: a code ("44" département, "44109" commune, "200000172"
	 * EPCI, "region:52" or "r52" région) or a name ("Pays de la Loire", "Nouvelle Aquitaine").
	 */
	public Optional<TerritoryUnit> resolve(String codeOrName) {
		String typed = codeOrName.trim();
		String lower = typed.toLowerCase(java.util.Locale.ROOT);
		for (Level level : Level.values()) {
			String prefix = level.name().toLowerCase(java.util.Locale.ROOT) + ":";
			if (lower.startsWith(prefix)) {
				return find(level, typed.substring(prefix.length()).trim());
			}
		}
		if (lower.matches("r\\d{2}")) {
			return find(Level.REGION, typed.substring(1));
		}
		if (typed.matches("\\d{9}")) {
			return find(Level.EPCI, typed);
		}
		if (typed.matches("\\d[\\dAB]\\d{3}")) {
			return currentCommune(typed.toUpperCase(java.util.Locale.ROOT)).map(TerritoryUnit.class::cast);
		}
		if (typed.matches("\\d[\\dABab]\\d?")) {
			return find(Level.DEPARTEMENT, typed.toUpperCase(java.util.Locale.ROOT));
		}
		return lookup(typed).stream().findFirst().map(NameMatch::unit);
	}

	Map<String, Region> regionMap() {
		return regions;
	}

	Map<String, Departement> departementMap() {
		return departements;
	}

	Map<String, Commune> communeMap() {
		return communes;
	}

	Replacement replacement(String code) {
		return replaced.get(code);
	}

	static String fold(String name) {
		return Names.fold(name);
	}
}
