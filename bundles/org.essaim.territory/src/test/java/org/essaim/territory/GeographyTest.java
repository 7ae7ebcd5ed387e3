/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.essaim.model.casestudy.TerritoryKind;
import org.junit.jupiter.api.Test;

/** Code lookup, name recognition (official, former, misspelt) and kind derivation on the shipped reference. */
class GeographyTest {

	private final Geography france = Geography.france();

	@Test
	void loadsTheWholeReference() {
		assertEquals(13, france.regions().stream().filter(r -> !r.overseas()).count());
		assertEquals(26, france.regions().size()); // 13 + 5 overseas régions + 8 overseas collectivities
		assertEquals(96, france.departements().stream().filter(d -> !d.overseas()).count());
		assertEquals("Nantes", france.commune("44109").orElseThrow().name());
		assertTrue(france.commune("44109").orElseThrow().population() > 300_000);
		assertEquals("244400404", france.commune("44109").orElseThrow().epciCode());
		assertEquals("Nantes Métropole", france.epci("244400404").orElseThrow().name());
	}

	@Test
	void followsArrondissementsAndFormerCodesToTheCommune() {
		assertEquals("75056", france.currentCommune("75110").orElseThrow().code());
		assertEquals("69123", france.currentCommune("69383").orElseThrow().code());
		assertEquals("13055", france.currentCommune("13205").orElseThrow().code());
		assertTrue(france.isArrondissement("75110"));
		assertEquals("01015", france.currentCommune("01340").orElseThrow().code());
		assertFalse(france.isArrondissement("01340"));
	}

	@Test
	void checksCodesAndSuggests() {
		CodeCheck known = france.checkCode(Level.COMMUNE, "44109");
		assertFalse(known.isWarning());
		CodeCheck arrondissement = france.checkCode(Level.COMMUNE, "75110");
		assertEquals(CodeCheck.Status.REPLACED, arrondissement.status());
		assertEquals("75056", arrondissement.unit().orElseThrow().code());
		assertTrue(arrondissement.message().contains("arrondissement municipal de Paris"), arrondissement.message());
		CodeCheck unknownWithName = france.checkCode(Level.COMMUNE, "44999", "Nantes");
		assertEquals(CodeCheck.Status.UNKNOWN, unknownWithName.status());
		assertEquals("44109", unknownWithName.suggestions().get(0).code());
		assertTrue(unknownWithName.message().contains("vouliez-vous dire 44109 (Nantes)"), unknownWithName.message());
		CodeCheck droppedZero = france.checkCode(Level.COMMUNE, "1053");
		assertEquals("01053", droppedZero.suggestions().get(0).code());
		CodeCheck otherName = france.checkCode(Level.COMMUNE, "44109", "Rezé");
		assertTrue(otherName.message().contains("désigne Nantes"), otherName.message());
		assertEquals(CodeCheck.Status.UNKNOWN, france.checkCode(Level.REGION, "99").status());
	}

	@Test
	void recognisesOfficialFormerAndMisspeltNames() {
		assertMatch("Pays de la Loire", "52", NameMatch.How.OFFICIAL);
		assertMatch("Nouvelle Aquitaine", "75", NameMatch.How.OFFICIAL); // hyphens and spaces fold alike
		assertMatch("Auvergne et Rhône-Alpes", "84", NameMatch.How.OFFICIAL);
		assertMatch("Bourgogne et Franche-Comté", "27", NameMatch.How.OFFICIAL);
		assertMatch("Languedoc-Roussillon", "76", NameMatch.How.FORMER_NAME);
		assertMatch("Région Champagne-Ardenne", "44", NameMatch.How.FORMER_NAME);
		assertMatch("Pays de la Loirre", "52", NameMatch.How.SPELLING);
		assertMatch("Occitannie", "76", NameMatch.How.SPELLING);
		NameMatch commune = france.lookup("Saint Flour", Level.COMMUNE).get(0);
		assertEquals("15187", commune.unit().code());
		NameMatch merged = france.lookup("Bellegarde-sur-Valserine", Level.COMMUNE).get(0);
		assertEquals(NameMatch.How.FORMER_NAME, merged.how());
		assertEquals("01033", merged.unit().code());
	}

	private void assertMatch(String name, String regionCode, NameMatch.How how) {
		List<NameMatch> matches = france.lookup(name, Level.REGION);
		assertFalse(matches.isEmpty(), name);
		assertEquals(regionCode, matches.get(0).unit().code(), name);
		assertEquals(how, matches.get(0).how(), name);
	}

	@Test
	void resolvesWhatUsersType() {
		assertEquals(Level.DEPARTEMENT, france.resolve("44").orElseThrow().level());
		assertEquals(Level.REGION, france.resolve("region:52").orElseThrow().level());
		assertEquals("Pays de la Loire", france.resolve("Pays de la Loire").orElseThrow().name());
		assertEquals("Nièvre", france.resolve("Nièvre").orElseThrow().name());
		assertEquals("2A", france.resolve("2a").orElseThrow().code());
		assertEquals("Paris", france.resolve("75110").orElseThrow().name());
	}

	@Test
	void findsUnitsNamedInFreeText() {
		List<String> codes = france.findIn("Nancy et couronne (Meurthe-et-Moselle)").stream().map(TerritoryUnit::key).toList();
		assertEquals(List.of("commune:54395", "departement:54"), codes);
		assertEquals(List.of("departement:15", "commune:15187").stream().sorted().toList(),
				france.findIn("Saint-Flour, Cantal").stream().map(TerritoryUnit::key).sorted().toList());
		assertEquals(List.of("region:76"), france.findIn("Région Languedoc-Roussillon").stream().map(TerritoryUnit::key).toList());
		assertTrue(france.findIn("zones rurales").isEmpty());
		assertTrue(france.findIn("Angleterre").isEmpty());
	}

	@Test
	void containsAndPopulation() {
		TerritoryUnit pdl = france.region("52").orElseThrow();
		assertTrue(france.contains(pdl, france.commune("44109").orElseThrow()));
		assertTrue(france.contains(pdl, france.departement("85").orElseThrow()));
		assertFalse(france.contains(pdl, france.commune("75056").orElseThrow()));
		assertTrue(france.population(pdl) > 3_500_000);
	}

	@Test
	void derivesKinds() {
		assertEquals(TerritoryKind.METROPOLE, TerritoryKinds.of(france, france.commune("44109").orElseThrow()).orElseThrow());
		assertEquals(TerritoryKind.RURAL, TerritoryKinds.ofPopulation(800));
		assertEquals(TerritoryKind.PETITE_VILLE, TerritoryKinds.of(france, france.commune("15187").orElseThrow()).orElseThrow());
		assertEquals(TerritoryKind.VILLE_MOYENNE, TerritoryKinds.ofCommuneClass("20000-50000").orElseThrow());
		assertEquals(TerritoryKind.DEPARTEMENT, TerritoryKinds.of(france, france.departement("58").orElseThrow()).orElseThrow());
		assertTrue(TerritoryKinds.ofCommuneClass("").isEmpty());
	}
}
