/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essaim.core.EssaimWorkspace;
import org.essaim.territory.places.Place;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's maps, charts, timelines and territory pages, drawn from the territory reference. */
class GuideFiguresTest {

	@TempDir
	Path workspace;
	@TempDir
	Path out;

	/** The protocol of {@link GuidePublisherTest}, a case in Nantes with two dated phases, and a register of two places. */
	private void writeWorkspace() throws IOException {
		GuidePublisherTest.writeSources(workspace);
		Files.writeString(workspace.resolve("PHASES.case"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="PHASES" title="Une immersion à Angers" protocol="residence">
				  <territories name="Angers" kind="ville_moyenne" region="Pays de la Loire"/>
				  <actors name="Ville d'Angers" kind="collectivite"/>
				  <phases name="arrivee" title="Arrivée de l'équipe" plannedPhase="immersion" start="2015-01" end="2015-03"/>
				  <phases name="atelier" title="Atelier imprévu" start="2015-04"/>
				</casestudy:CaseStudy>
				""");
		Files.createDirectories(workspace.resolve("lieux"));
		PlaceRegisterFiles.save(new PlaceRegister("essai.csv", List.of(
				place("p1", "La Cantine", "coworking", "44109", "Nantes", "44", 47.2184, -1.5536),
				place("p2", "Le Fablab d'Angers", "fablab", "49007", "Angers", "49", 47.4784, -0.5632))), workspace.resolve("lieux/essai.places"));
	}

	private static Place place(String id, String name, String kind, String commune, String communeName, String departement, double lat, double lon) {
		return new Place(id, 1, name, kind, commune, communeName, departement, "52", lat, lon, "", "", new TreeMap<>(), List.of(), List.of());
	}

	private PublishReport publish(Path target, PublishOptions options) throws IOException {
		return GuidePublisherTest.PUBLISHER.publish(EssaimWorkspace.load(workspace), target, options);
	}

	@Test
	void theHomePageShowsTheMapOfCasesByRegion() throws IOException {
		writeWorkspace();
		PublishReport report = publish(out, PublishOptions.site());
		assertEquals(List.of(), report.warnings());
		String home = Files.readString(out.resolve("index.html"));
		assertTrue(home.contains("carte-cas.svg"), "the home page shows the map");
		String map = Files.readString(out.resolve("carte-cas.svg"));
		assertTrue(map.startsWith("<svg") || map.startsWith("<?xml"), map.substring(0, 40));
		Matcher loire = Pattern.compile("id=\"reg-52\"[^>]*data-count=\"(\\d+)\"").matcher(map);
		assertTrue(loire.find(), "régions are areas with their count");
		assertEquals("2", loire.group(1), "the two cases lie in Pays de la Loire");
		assertTrue(Pattern.compile("id=\"reg-11\"[^>]*data-count=\"0\"").matcher(map).find(), "no case in Île-de-France");
		assertTrue(map.contains("La Cantine"), "the places are points with their name");
		String cases = Files.readString(out.resolve("cas/index.html"));
		for (String chart : List.of("carte-cas.svg", "cas-par-territoire.svg", "cas-par-acteur.svg", "cas-par-resultat.svg")) {
			assertTrue(cases.contains(chart), chart);
			assertTrue(Files.isRegularFile(out.resolve("cas").resolve(chart)), chart);
		}
		assertTrue(Files.readString(out.resolve("cas/cas-par-acteur.svg")).contains("collectivité"), "actor kinds counted");
		assertTrue(home.contains("href=\"territoires/index.html\""), "the menu has the Territoires chapter");
	}

	@Test
	void aCaseSheetHasItsTimelineAndItsTerritories() throws IOException {
		writeWorkspace();
		publish(out, PublishOptions.site());
		String sheet = Files.readString(out.resolve("cas/PHASES.html"));
		assertTrue(sheet.contains("PHASES-deroule.svg"), "the timeline is shown");
		String timeline = Files.readString(out.resolve("cas/PHASES-deroule.svg"));
		assertTrue(timeline.contains("Arrivée de l") && timeline.contains("hors protocole"), "happened phases, tagged");
		assertTrue(timeline.contains("restitution"), "the protocol's planned phase that never happened is listed");
		assertTrue(sheet.contains("href=\"../territoires/region-52.html\"") && sheet.contains("href=\"../territoires/departement-49.html\""),
				"the case links its région and département");
		assertFalse(Files.exists(out.resolve("cas/TEST-deroule.svg")), "no timeline without phases");
	}

	@Test
	void aTerritoryPageListsItsCasesAndPlaces() throws IOException {
		writeWorkspace();
		publish(out, PublishOptions.site());
		String index = Files.readString(out.resolve("territoires/index.html"));
		assertTrue(index.contains("href=\"../territoires/region-52.html\"") && index.contains("href=\"../territoires/departement-44.html\""), "régions and départements listed");
		assertFalse(index.contains("departement-75.html"), "no page for a département without case or place");
		assertTrue(Files.isRegularFile(out.resolve("territoires/carte-lieux.svg")));
		String region = Files.readString(out.resolve("territoires/region-52.html"));
		assertTrue(region.contains("href=\"../cas/TEST.html\"") && region.contains("href=\"../cas/PHASES.html\""), "its cases, linked");
		assertTrue(AsciidocTextTest.visibleText(region).contains("La Cantine"), "its places");
		assertTrue(region.contains("region-52.svg"));
		assertTrue(Files.readString(out.resolve("territoires/region-52.svg")).contains("Loire-Atlantique"), "its map");
	}

	@Test
	void hostileCaseTitlesAndPlaceNamesStayTextOnTerritoryPages() throws IOException {
		writeWorkspace();
		Files.writeString(workspace.resolve("EVIL.case"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="EVIL" title="+++&lt;script&gt;alert(1)&lt;/script&gt;+++ pass:[&lt;b&gt;gras&lt;/b&gt;]">
				  <territories name="Nantes {user-home} link:javascript:alert(2)[x]" region="Pays de la Loire"/>
				</casestudy:CaseStudy>
				""");
		PlaceRegisterFiles.save(new PlaceRegister("hostile.csv", List.of(
				place("p9", "++++<iframe src=x>++++ | include::/etc/passwd[]", "coworking", "44109", "Nantes", "44", 47.21, -1.55))),
				workspace.resolve("lieux/hostile.places"));
		publish(out, PublishOptions.site());
		String region = Files.readString(out.resolve("territoires/region-52.html"));
		for (String markup : List.of("<script>alert", "<b>gras", "<iframe", "javascript:alert")) {
			int at = region.indexOf(markup);
			assertTrue(at < 0, () -> "no markup from user text: " + region.substring(Math.max(0, at - 300), Math.min(region.length(), at + 100)));
		}
		assertFalse(region.contains("root:"), "no include");
		String visible = AsciidocTextTest.visibleText(region);
		assertTrue(visible.contains("+++<script>alert(1)</script>+++"), "the title is shown as typed");
		assertTrue(visible.contains("include::/etc/passwd[]"), "the place name is shown as typed");
		assertTrue(region.contains("href=\"../cas/EVIL.html\""), "the case is still linked");
	}

	@Test
	void figuresAreTheSameBytesEveryTimeAndFollowTheWorkspace() throws IOException {
		writeWorkspace();
		Path first = out.resolve("first");
		Path second = out.resolve("second");
		publish(first, PublishOptions.site().withPdf(true));
		publish(second, PublishOptions.site().withPdf(true));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(first)) {
			files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
		}
		assertTrue(files.contains(Path.of("cas/PHASES-deroule.svg")) && files.contains(Path.of(GuidePublisher.SOURCES, "cas/PHASES-deroule.svg")),
				"the timeline is written beside the page and beside the book's source");
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
		}
		assertFalse(Files.readString(first.resolve(GuidePublisher.SOURCES).resolve("territoires/region-52.svg")).contains("paint-order"),
				"the book's maps draw label halos as prawn-svg can");
		String book = Files.readString(first.resolve(GuidePublisher.SOURCES).resolve("livre.adoc"));
		assertTrue(book.contains("image::territoires/region-52.svg") && book.contains("image::cas/PHASES-deroule.svg"),
				"the book shows the maps and timelines, by their path from the sources folder");
		assertFalse(book.contains("departement-44.svg"), "the book carries the régions' sheets only");
		PublishReport again = publish(first, PublishOptions.site().withPdf(true));
		assertEquals(0, again.rendered(), "nothing changed, nothing rendered");
		Files.delete(workspace.resolve("PHASES.case"));
		PublishReport removed = publish(first, PublishOptions.site());
		assertFalse(Files.exists(first.resolve("cas/PHASES-deroule.svg")), "a figure no page shows any more is removed");
		assertTrue(removed.rendered() > 0);
	}

	@Test
	void printedLabelsDrawTheirHaloUnderneath() {
		assertEquals("<text x=\"1\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\">A &amp; B</text><text x=\"1\">A &amp; B</text><rect/>",
				PrintedSvg.of("<text x=\"1\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">A &amp; B</text><rect/>"));
	}
}
