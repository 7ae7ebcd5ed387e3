/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Territory;
import org.essaim.territory.Commune;
import org.essaim.territory.Departement;
import org.essaim.territory.Epci;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryKinds;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.svg.MapGeometry;

/** Builds territory sheets from the reference geography, the place registers and the cases of a workspace. */
public final class TerritorySheets {

	private final Geography geography;
	private final List<Place> places;
	private final List<CaseStudy> cases;
	private final Map<CaseStudy, List<TerritoryUnit>> locations = new LinkedHashMap<>();

	/** Locates every case once; sheets for many territories can then be built quickly. */
	public TerritorySheets(Geography geography, List<PlaceRegister> registers, List<CaseStudy> cases) {
		this.geography = geography;
		this.places = registers.stream().flatMap(r -> r.places().stream()).toList();
		this.cases = List.copyOf(cases);
		for (CaseStudy caseStudy : this.cases) {
			locations.put(caseStudy, CaseLocations.locate(geography, caseStudy));
		}
	}

	/** Where the workspace's cases are, by case id (only cases located somewhere in the reference). */
	public Map<String, List<TerritoryUnit>> caseLocations() {
		Map<String, List<TerritoryUnit>> byId = new TreeMap<>();
		locations.forEach((c, units) -> {
			if (!units.isEmpty() && c.getId() != null) {
				byId.put(c.getId(), units);
			}
		});
		return byId;
	}

	/** The sheet of one unit. */
	public TerritorySheet sheet(TerritoryUnit unit) {
		List<TerritoryUnit> parents = parents(unit);
		List<TerritoryUnit> neighbours = neighbours(unit);
		List<Place> here = places.stream().filter(p -> inside(unit, p)).sorted(Comparator.comparing(Place::communeName)
				.thenComparing(Place::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Place::id)).toList();
		List<SheetCase> casesHere = new ArrayList<>();
		List<SheetCase> casesNearby = new ArrayList<>();
		List<SheetCase> casesAround = new ArrayList<>();
		List<CaseStudy> located = new ArrayList<>();
		locations.forEach((caseStudy, units) -> {
			if (units.stream().anyMatch(u -> geography.contains(unit, u))) {
				casesHere.add(entry(caseStudy, "ici"));
				located.add(caseStudy);
				return;
			}
			Optional<TerritoryUnit> near = units.stream().flatMap(u -> neighbours.stream().filter(n -> geography.contains(n, u))).findFirst();
			if (near.isPresent()) {
				casesNearby.add(entry(caseStudy, "à proximité : " + near.get().name()));
				return;
			}
			units.stream().filter(u -> geography.contains(u, unit)).findFirst()
					.ifPresent(u -> casesAround.add(entry(caseStudy, "échelle englobante : " + u.name())));
		});
		Map<String, Integer> protocols = new TreeMap<>();
		Map<ActorKind, Integer> actorKinds = new EnumMap<>(ActorKind.class);
		for (CaseStudy caseStudy : located) {
			if (caseStudy.getProtocol() != null && !caseStudy.getProtocol().isBlank()) {
				protocols.merge(caseStudy.getProtocol(), 1, Integer::sum);
			}
			caseStudy.getActors().stream().map(Actor::getKind).distinct().forEach(k -> actorKinds.merge(k, 1, Integer::sum));
		}
		List<ActorKind> absent = ActorKind.VALUES.stream().filter(k -> !actorKinds.containsKey(k)).toList();
		return new TerritorySheet(unit, parents, neighbours, geography.population(unit), TerritoryKinds.of(geography, unit), here,
				countBy(here, p -> kindLabel(p.kind())), countBy(here, p -> areaOf(unit, p)), sorted(casesHere), sorted(casesNearby),
				sorted(casesAround), protocols, actorKinds, absent);
	}

	private boolean inside(TerritoryUnit unit, Place place) {
		return switch (unit) {
		case Region region -> region.code().equals(place.regionCode());
		case Departement departement -> departement.code().equals(place.departementCode());
		case Epci epci -> geography.commune(place.communeCode()).map(c -> epci.code().equals(c.epciCode())).orElse(false);
		case Commune commune -> commune.code().equals(place.communeCode());
		};
	}

	private String areaOf(TerritoryUnit unit, Place place) {
		if (unit instanceof Region) {
			return geography.departement(place.departementCode()).map(d -> d.name() + " (" + d.code() + ")").orElse("département inconnu");
		}
		return place.communeName().isEmpty() ? "commune inconnue" : place.communeName();
	}

	private List<TerritoryUnit> parents(TerritoryUnit unit) {
		List<TerritoryUnit> parents = new ArrayList<>();
		if (!(unit instanceof Region)) {
			geography.regionOf(unit).ifPresent(parents::add);
		}
		if (unit instanceof Commune || unit instanceof Epci) {
			geography.departementOf(unit).ifPresent(parents::add);
		}
		if (unit instanceof Commune commune) {
			geography.epciOf(commune).ifPresent(parents::add);
		}
		return parents;
	}

	private List<TerritoryUnit> neighbours(TerritoryUnit unit) {
		return switch (unit) {
		case Region region -> MapGeometry.neighbours(Level.REGION, region.code()).stream()
				.map(code -> (TerritoryUnit) geography.region(code).orElse(null)).filter(java.util.Objects::nonNull).toList();
		case Departement departement -> MapGeometry.neighbours(Level.DEPARTEMENT, departement.code()).stream()
				.map(code -> (TerritoryUnit) geography.departement(code).orElse(null)).filter(java.util.Objects::nonNull).toList();
		default -> geography.departementOf(unit).map(d -> List.<TerritoryUnit>of(d)).orElse(List.of());
		};
	}

	private SheetCase entry(CaseStudy caseStudy, String relation) {
		String territory = String.join(" ; ", caseStudy.getTerritories().stream().map(Territory::getName).filter(n -> n != null).toList());
		return new SheetCase(caseStudy.getId(), caseStudy.getTitle() == null ? "" : caseStudy.getTitle(), territory,
				caseStudy.getProtocol() == null ? "" : caseStudy.getProtocol(), relation);
	}

	private static List<SheetCase> sorted(List<SheetCase> list) {
		return list.stream().sorted(Comparator.comparing(SheetCase::id)).toList();
	}

	private static Map<String, Integer> countBy(List<Place> places, Function<Place, String> key) {
		Map<String, Integer> counts = new TreeMap<>();
		places.forEach(p -> counts.merge(key.apply(p), 1, Integer::sum));
		Map<String, Integer> byCount = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> byCount.put(e.getKey(), e.getValue()));
		return byCount;
	}

	/** French label of a place kind name. */
	public static String kindLabel(String kind) {
		return switch (kind) {
		case "coworking" -> "tiers-lieu à dominante coworking";
		case "fablab" -> "tiers-lieu à dominante fablab";
		case "tiers_lieu" -> "tiers-lieu (type non précisé)";
		default -> kind.isEmpty() ? "non précisé" : kind.replace('_', ' ');
		};
	}
}
