/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.essaim.territory.Level;
import org.junit.jupiter.api.Test;

/** Maps, bars and timelines: well-formed, deterministic, carrying the counts, classes and French labels. */
class SvgRenderersTest {

	@Test
	void mapColoursAreasByCountWithTooltipsAndALegend() throws Exception {
		List<MapPoint> points = List.of(new MapPoint(47.2186, -1.5541, "Nantes", "coworking"), new MapPoint(-21.1, 55.5, "La Réunion", "fablab"));
		String svg = FranceMap.of(Level.DEPARTEMENT).title("Tiers-lieux").counts(Map.of("44", 44, "49", 8, "75", 213), "lieu", "lieux")
				.points(points).toSvg();
		wellFormed(svg);
		assertEquals(96, count(svg, "<path id=\"dep-"));
		assertTrue(svg.contains("data-code=\"44\" data-count=\"44\""));
		assertTrue(svg.contains("<title>Loire-Atlantique (44) : 44 lieux</title>"));
		assertTrue(svg.contains("Nombre de lieux par"));
		assertEquals(1 + 2, count(svg, "<circle cx="), "Nantes drawn, La Réunion outside the frame; two legend entries");
		assertTrue(svg.contains("1 point hors du cadre"));
		assertEquals(svg, FranceMap.of(Level.DEPARTEMENT).title("Tiers-lieux").counts(Map.of("44", 44, "49", 8, "75", 213), "lieu", "lieux")
				.points(points).toSvg(), "same input, same bytes");
	}

	@Test
	void focusZoomsOnARegionAndNamesItsDepartements() throws Exception {
		String svg = FranceMap.of(Level.DEPARTEMENT).counts(Map.of("44", 3), "lieu", "lieux").focus(List.of("44", "49", "53", "72", "85")).toSvg();
		wellFormed(svg);
		assertTrue(svg.contains(">Loire-Atlantique : 3</text>"));
		assertTrue(count(svg, "<path id=\"dep-") < 96, "départements far from the focus are not drawn");
	}

	@Test
	void projectsAndHitTests() {
		double[] nantes = MapGeometry.project(47.2186, -1.5541);
		assertEquals("44", MapGeometry.areaAt(Level.DEPARTEMENT, nantes[0], nantes[1]).orElseThrow());
		assertEquals("52", MapGeometry.areaAt(Level.REGION, nantes[0], nantes[1]).orElseThrow());
		assertEquals(Set.of("24", "28", "53", "75"), MapGeometry.neighbours(Level.REGION, "52"));
		assertTrue(MapGeometry.neighbours(Level.DEPARTEMENT, "58").contains("89"));
	}

	@Test
	void barsKeepOrderAndScale() throws Exception {
		String svg = BarChart.toSvg("Cas par type de territoire", List.of(new Bar("métropole", 10), new Bar("rural faible densité", 5)), "cas");
		wellFormed(svg);
		assertTrue(svg.indexOf("métropole") < svg.indexOf("rural faible densité"));
		Matcher widths = Pattern.compile("<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"([0-9.]+)\" height=\"15\"").matcher(svg);
		widths.find();
		double first = Double.parseDouble(widths.group(1));
		widths.find();
		assertEquals(first / 2, Double.parseDouble(widths.group(1)), 0.2);
		assertTrue(svg.contains("Total : 15 cas"));
	}

	@Test
	void timelineShowsPlannedAndHappened() throws Exception {
		String svg = Timeline.toSvg("Déroulé", List.of("appel", "preparation", "hackathon"),
				List.of(new TimelinePhase("Identification", "appel", "", "2015-07"), new TimelinePhase("Événements", "hackathon", "2015", "2015"),
						new TimelinePhase("Suites", "", "2016-03", "2016-06")));
		wellFormed(svg);
		assertTrue(svg.contains("prévu : appel"));
		assertTrue(svg.contains("hors protocole"));
		assertTrue(svg.contains("• preparation"), "the planned phase that never happened is listed");
		assertFalse(svg.contains("• appel"));
		assertTrue(svg.contains("stroke-dasharray"), "a phase without its start is dashed");
		assertTrue(svg.contains(">2015</text>") && svg.contains(">2017</text>"));
		assertEquals(2015.5, Timeline.time("2015-07", false), 1e-9);
		assertEquals(2016.0, Timeline.time("2015", true), 1e-9);
	}

	private static void wellFormed(String svg) throws Exception {
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	private static final class Set {
		static java.util.Set<String> of(String... codes) {
			return new java.util.TreeSet<>(List.of(codes));
		}
	}
}
