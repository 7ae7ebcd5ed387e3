/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.territory.Departement;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.essaim.territory.sheet.TerritorySheet;
import org.essaim.territory.sheet.TerritorySheetAsciiDoc;
import org.essaim.territory.sheet.TerritorySheetMap;
import org.essaim.territory.sheet.TerritorySheets;
import org.essaim.territory.svg.Bar;
import org.essaim.territory.svg.BarChart;
import org.essaim.territory.svg.FranceMap;
import org.essaim.territory.svg.MapPoint;
import org.essaim.territory.svg.Timeline;

/**
 * The guide's figures from the territory reference: where the cases and the places of the workspace lie (maps by
 * région and département), facet counts as bar charts, each case's timeline and the territory sheets. Every SVG is
 * deterministic, so that a republication finds the same bytes.
 */
final class TerritoryFigures {

	static final String FOLDER = "territoires";
	private static final String PLACES_SOURCE = "Lieux : recensement des tiers-lieux 2019 (CGET/ANCT), Licence Ouverte ; géographie : INSEE/Etalab.";

	private final Geography geography = Geography.france();
	private final List<Place> places;
	private final TerritorySheets sheets;
	/** Case id -> the units of the reference it names. */
	private final Map<String, List<TerritoryUnit>> locations;
	private final int caseCount;

	TerritoryFigures(Path workspaceRoot, List<CaseStudy> cases) throws IOException {
		List<PlaceRegister> registers = PlaceRegisterFiles.loadAll(workspaceRoot);
		this.places = registers.stream().flatMap(r -> r.places().stream()).toList();
		this.sheets = new TerritorySheets(geography, registers, cases);
		this.locations = sheets.caseLocations();
		this.caseCount = cases.size();
	}

	/** The page of a unit's sheet ("territoires/region-52"). */
	static String pageOf(TerritoryUnit unit) {
		return FOLDER + "/" + PageNames.safe(unit.key().replace(':', '-'));
	}

	/** The units that get a page: every région, and the départements where a case or a place lies. */
	List<TerritoryUnit> units() {
		Set<String> departements = new java.util.HashSet<>();
		places.forEach(p -> departements.add(p.departementCode()));
		locations.values().forEach(units -> units.forEach(u -> {
			if (u instanceof Departement d) {
				departements.add(d.code());
			} else if (!(u instanceof Region)) {
				geography.departementOf(u).ifPresent(d -> departements.add(d.code()));
			}
		}));
		List<TerritoryUnit> units = new ArrayList<>(geography.regions());
		geography.departements().stream().filter(d -> departements.contains(d.code())).forEach(units::add);
		return units;
	}

	/** The régions and départements a case lies in (those that have a page), largest first. */
	List<TerritoryUnit> unitsOf(String caseId) {
		Set<TerritoryUnit> units = new LinkedHashSet<>();
		for (TerritoryUnit unit : locations.getOrDefault(caseId, List.of())) {
			regionOf(unit).ifPresent(units::add);
		}
		for (TerritoryUnit unit : locations.getOrDefault(caseId, List.of())) {
			if (unit instanceof Departement) {
				units.add(unit);
			} else if (!(unit instanceof Region)) {
				geography.departementOf(unit).ifPresent(units::add);
			}
		}
		return List.copyOf(units);
	}

	private java.util.Optional<? extends TerritoryUnit> regionOf(TerritoryUnit unit) {
		return unit instanceof Region region ? java.util.Optional.of(region) : geography.regionOf(unit);
	}

	/** How many cases lie in each région (a case counted once per région it names). */
	Map<String, Integer> casesByRegion() {
		Map<String, Integer> counts = new TreeMap<>();
		locations.forEach((id, units) -> units.stream().map(this::regionOf).flatMap(java.util.Optional::stream).map(TerritoryUnit::code).distinct()
				.forEach(code -> counts.merge(code, 1, Integer::sum)));
		return counts;
	}

	int locatedCases() {
		return locations.size();
	}

	int placeCount() {
		return places.size();
	}

	/** France by région, coloured by the number of cases, with the places of the registers as points. */
	String casesMap() {
		String subtitle = locatedCases() + " cas sur " + caseCount + " situés dans une région ; " + (places.isEmpty() ? "aucun lieu recensé"
				: number(places.size()) + " lieux du recensement en points");
		return FranceMap.of(Level.REGION).title("Cas documentés par région").subtitle(subtitle).counts(casesByRegion(), "cas", "cas")
				.points(points()).source(places.isEmpty() ? "Géographie : INSEE/Etalab. Cas : espace de travail Essaim." : PLACES_SOURCE)
				.toSvg();
	}

	/** France by département, coloured by the number of places of the registers. */
	String placesMap() {
		Map<String, Integer> counts = new TreeMap<>();
		places.forEach(p -> counts.merge(p.departementCode(), 1, Integer::sum));
		return FranceMap.of(Level.DEPARTEMENT).title("Lieux recensés par département")
				.subtitle(number(places.size()) + " lieux (tiers-lieux, fablabs, espaces de coworking)").counts(counts, "lieu", "lieux").source(PLACES_SOURCE)
				.toSvg();
	}

	/** "1 512": French grouping with a plain space, which every SVG viewer draws. */
	private static String number(int value) {
		return String.format(java.util.Locale.FRANCE, "%,d", value).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private List<MapPoint> points() {
		return places.stream().filter(Place::located).map(p -> new MapPoint(p.latitude(), p.longitude(), p.name() + " — " + p.communeName(), p.kind()))
				.toList();
	}

	/** The sheet of a unit as AsciiDoc, its map named {@code mapTarget}. */
	TerritorySheet sheet(TerritoryUnit unit) {
		return sheets.sheet(unit);
	}

	String sheetAsciidoc(TerritorySheet sheet, String mapTarget) {
		return TerritorySheetAsciiDoc.render(sheet, mapTarget, AsciidocText::inline);
	}

	String sheetMap(TerritorySheet sheet) {
		return TerritorySheetMap.toSvg(geography, sheet, places);
	}

	/** A case's planned-versus-happened timeline, against its protocol's phases when known, else its own planned phases. */
	static String timeline(CaseStudy caseStudy, List<String> protocolPhases) {
		List<String> planned = protocolPhases;
		if (planned == null) {
			planned = caseStudy.getPhases().stream().map(p -> p.getPlannedPhase()).filter(n -> n != null && !n.isBlank()).distinct().toList();
		}
		return Timeline.toSvg(caseStudy, planned);
	}

	/** Cases counted by a vocabulary (each case once per value), in the vocabulary's order. */
	static String facetChart(String title, List<CaseStudy> cases, Function<CaseStudy, Stream<? extends Enumerator>> values) {
		Map<Enumerator, Long> counts = new TreeMap<>(Comparator.comparingInt(Enumerator::getValue));
		for (CaseStudy c : cases) {
			values.apply(c).filter(java.util.Objects::nonNull).distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
		}
		List<Bar> bars = counts.entrySet().stream().map(e -> new Bar(e.getKey().getLiteral(), e.getValue())).toList();
		return BarChart.toSvg(title, bars, "cas");
	}
}
