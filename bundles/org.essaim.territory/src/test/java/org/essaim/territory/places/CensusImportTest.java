/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.essaim.territory.Geography;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2019 census (examples/lieux): each known defect family found, counted and normalised. */
class CensusImportTest {

	static final Path CENSUS = Path.of("../../examples/lieux/CGET_TiersLieux_2019.csv");
	private static PlacesImport.Result result;

	@BeforeAll
	static void importCensus() throws IOException {
		result = new PlacesImport(Geography.france()).run(SourceTable.read(CENSUS));
	}

	@Test
	void keepsEveryRow() {
		assertEquals(1512, result.register().places().size());
		assertEquals(1512, result.report().rows());
		assertEquals("UTF-8", result.report().encoding());
		assertEquals("virgule", result.report().delimiter());
	}

	@Test
	void countsTheKnownDefectFamilies() {
		Map<DefectKind, Integer> counts = result.report().counts();
		assertEquals(157, counts.get(DefectKind.COMMUNE_CODE_ZERO));
		assertEquals(303, counts.get(DefectKind.ARRONDISSEMENT_CODE));
		assertEquals(49, counts.get(DefectKind.MISSING_TYPE));
		// 48 rows repeat an earlier name exactly (case aside), 4 more differ by an accent, a hyphen or a slash.
		assertEquals(52, counts.get(DefectKind.DUPLICATE_NAME));
		assertEquals(48, result.report().of(DefectKind.DUPLICATE_NAME).stream().filter(d -> d.message().startsWith("même nom")).count());
		assertEquals(225 + 205 + 68, counts.get(DefectKind.REGION_NAME_MISSPELLED)); // three misspelt names, on every row using them
		// Baie-Mahault (971) and Sainte-Luce (972) given 973; Le Tampon, Saint-Paul, Saint-Denis (974) given 2A.
		assertEquals(5, counts.get(DefectKind.OVERSEAS_DEPARTEMENT_MISMATCH));
		assertEquals(0, counts.get(DefectKind.LEADING_ZERO_DROPPED));
	}

	@Test
	void mapsArrondissementsToTheirCommune() {
		Place anticafe = place("lieu-2");
		assertEquals("75056", anticafe.communeCode());
		assertEquals("75110", anticafe.raw().get("INSEECOM"));
		assertTrue(anticafe.defects().contains(DefectKind.ARRONDISSEMENT_CODE.name()));
	}

	@Test
	void findsTheCommuneOfCodeZeroByName() {
		Defect moulins = result.report().of(DefectKind.COMMUNE_CODE_ZERO).stream().filter(d -> d.message().contains("Moulins")).findFirst()
				.orElseThrow();
		assertEquals("03190", moulins.normalised());
		// "Florac" merged into Florac Trois Rivières in 2016; "Puy-en-Velay" lacks its article.
		assertTrue(result.register().places().stream().anyMatch(p -> named(p, "Florac") && p.communeCode().equals("48061")));
		assertTrue(result.register().places().stream().anyMatch(p -> named(p, "Puy-en-Velay") && p.communeCode().equals("43157")));
		// 48 rows give neither a code nor a known name (many only coordinates): reported, kept with their département.
		assertEquals(48, result.report().counts().get(DefectKind.COMMUNE_NOT_FOUND));
		assertTrue(result.register().places().stream().filter(p -> p.communeCode().isEmpty()).allMatch(p -> !p.departementCode().isEmpty()));
	}

	@Test
	void correctsOverseasDepartements() {
		Place baieMahault = result.register().places().stream().filter(p -> p.raw().get("NOMCOM").equals("Baie-Mahault")).findFirst()
				.orElseThrow();
		assertEquals("971", baieMahault.departementCode());
		assertEquals("973", baieMahault.raw().get("INSEEDEP"));
		assertEquals("97103", baieMahault.communeCode());
		Place tampon = result.register().places().stream().filter(p -> p.raw().get("NOMCOM").equals("Le Tampon")).findFirst().orElseThrow();
		assertEquals("974", tampon.departementCode());
		assertEquals("04", tampon.regionCode());
	}

	@Test
	void normalisesRegionNames() {
		Defect misspelt = result.report().of(DefectKind.REGION_NAME_MISSPELLED).get(0);
		assertTrue(misspelt.message().contains("normalisé en"), misspelt.message());
		assertTrue(result.register().places().stream().noneMatch(p -> p.regionCode().isEmpty() && !p.communeCode().isEmpty()));
	}

	@Test
	void rerunGivesTheSameBytes() throws IOException {
		PlacesImport.Result again = new PlacesImport(Geography.france()).run(SourceTable.read(CENSUS));
		assertArrayEquals(PlaceRegisterFiles.toBytes(result.register()), PlaceRegisterFiles.toBytes(again.register()));
		assertEquals(result.report().toText(), again.report().toText());
	}

	@Test
	void geoJsonGivesTheSamePlaces() throws IOException {
		PlacesImport.Result geo = new PlacesImport(Geography.france())
				.run(SourceTable.read(Path.of("../../examples/lieux/CGET_TiersLieux_2019.geojson")));
		assertEquals(1512, geo.register().places().size());
		// The GeoJSON export wrote 77 commune codes of départements 01-09 without their leading zero.
		Map<DefectKind, Integer> expected = new java.util.EnumMap<>(result.report().counts());
		expected.put(DefectKind.LEADING_ZERO_DROPPED, 77);
		assertEquals(expected, geo.report().counts());
		for (int i = 0; i < 1512; i++) {
			Place csv = result.register().places().get(i);
			Place json = geo.register().places().get(i);
			assertEquals(csv.communeCode(), json.communeCode(), csv.id());
			assertEquals(csv.latitude(), json.latitude(), 1e-9, csv.id());
		}
	}

	private static boolean named(Place place, String commune) {
		return commune.equals(place.raw().get("NOMCOM")) || commune.equals(place.raw().get("COMINIT"));
	}

	private static Place place(String id) {
		return result.register().places().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}
}
