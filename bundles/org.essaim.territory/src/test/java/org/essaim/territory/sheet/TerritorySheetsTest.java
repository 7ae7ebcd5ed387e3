/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Territory;
import org.essaim.territory.Geography;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlacesImport;
import org.essaim.territory.places.SourceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sheets of a région and of a rural département built from the census and a few cases. */
class TerritorySheetsTest {

	private static final Geography FRANCE = Geography.france();
	private static PlaceRegister census;

	@BeforeAll
	static void importCensus() throws IOException {
		census = new PlacesImport(FRANCE).run(SourceTable.read(Path.of("../../examples/lieux/CGET_TiersLieux_2019.csv"))).register();
	}

	@Test
	void regionSheetHasItsPlacesCasesAndActors() {
		List<CaseStudy> cases = List.of(caseIn("CHOLETAIS", "Choletais (Maine-et-Loire)", "protocole_a", ActorKind.COLLECTIVITE),
				caseIn("VITRE", "Pays de Vitré (Ille-et-Vilaine)", null, ActorKind.ENTREPRISE), caseIn("FR", "France", null, ActorKind.ASSOCIATION));
		TerritorySheet sheet = new TerritorySheets(FRANCE, List.of(census), cases).sheet(FRANCE.resolve("Pays de la Loire").orElseThrow());
		assertEquals(64, sheet.places().size());
		assertEquals(44, sheet.placesByArea().get("Loire-Atlantique (44)"));
		assertEquals(List.of("CHOLETAIS"), sheet.casesHere().stream().map(SheetCase::id).toList());
		assertEquals(List.of("VITRE"), sheet.casesNearby().stream().map(SheetCase::id).toList(), "Ille-et-Vilaine is in Bretagne, a neighbour");
		assertEquals(1, sheet.protocols().get("protocole_a"));
		assertTrue(sheet.actorKinds().containsKey(ActorKind.COLLECTIVITE));
		assertTrue(sheet.absentActorKinds().contains(ActorKind.ENTREPRISE));
		String page = TerritorySheetAsciiDoc.render(sheet, "carte.svg");
		assertTrue(page.startsWith("= Diagnostic territorial : Pays de la Loire"));
		assertTrue(page.contains("image::carte.svg["));
		assertTrue(page.contains("Absents:: "));
	}

	@Test
	void ruralDepartementSheet() {
		TerritorySheet sheet = new TerritorySheets(FRANCE, List.of(census), List.of(caseIn("LIT", "Nièvre", null, ActorKind.COLLECTIVITE)))
				.sheet(FRANCE.resolve("58").orElseThrow());
		assertEquals(4, sheet.places().size());
		assertEquals(List.of("LIT"), sheet.casesHere().stream().map(SheetCase::id).toList());
		assertTrue(sheet.neighbours().stream().anyMatch(n -> n.name().equals("Yonne")));
		String svg = TerritorySheetMap.toSvg(FRANCE, sheet, census.places());
		assertTrue(svg.contains(">Nièvre : 4</text>"));
		assertFalse(TerritorySheetAsciiDoc.render(sheet, null).contains("image::"));
	}

	private static CaseStudy caseIn(String id, String territoryName, String protocol, ActorKind actorKind) {
		CaseStudy caseStudy = CasestudyFactory.eINSTANCE.createCaseStudy();
		caseStudy.setId(id);
		caseStudy.setTitle("Cas " + id);
		caseStudy.setProtocol(protocol);
		Territory territory = CasestudyFactory.eINSTANCE.createTerritory();
		territory.setName(territoryName);
		caseStudy.getTerritories().add(territory);
		Actor actor = CasestudyFactory.eINSTANCE.createActor();
		actor.setKind(actorKind);
		caseStudy.getActors().add(actor);
		return caseStudy;
	}
}
