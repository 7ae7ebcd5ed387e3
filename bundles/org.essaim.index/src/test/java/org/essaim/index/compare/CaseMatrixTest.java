/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Discipline;
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.TerritoryKind;
import org.junit.jupiter.api.Test;

class CaseMatrixTest {

	private static final CasestudyFactory F = CasestudyFactory.eINSTANCE;

	private static CaseStudy residence() {
		CaseStudy c = F.createCaseStudy();
		c.setId("RES");
		c.setTitle("Résidence à Grigny");
		var territory = F.createTerritory();
		territory.setName("Grigny");
		territory.setKind(TerritoryKind.QUARTIER_PRIORITAIRE);
		territory.setRegion("Île-de-France");
		c.getTerritories().add(territory);
		for (ActorKind kind : List.of(ActorKind.COLLECTIVITE, ActorKind.DESIGNER, ActorKind.COLLECTIVITE)) {
			var actor = F.createActor();
			actor.setKind(kind);
			c.getActors().add(actor);
		}
		for (String title : List.of("Immersion", "Prototypage")) {
			var phase = F.createPhase();
			phase.setTitle(title);
			c.getPhases().add(phase);
		}
		var residence = F.createResidence();
		residence.setName("Résidence de designers");
		residence.setWeeks(3);
		residence.getDisciplines().add(Discipline.DESIGN);
		c.getResidences().add(residence);
		var experiment = F.createExperiment();
		experiment.setName("Guichet mobile");
		c.getExperiments().add(experiment);
		var funding = F.createFunding();
		funding.setInstrument(FundingInstrument.FEDER);
		funding.setFunder("Région, \"fonds\" européens");
		c.getFundings().add(funding);
		var outcome = F.createOutcome();
		outcome.setKind(OutcomeKind.PARTIAL);
		c.getOutcomes().add(outcome);
		var lesson = F.createLesson();
		lesson.setText("Partir des usages | avant les solutions.");
		c.getLessons().add(lesson);
		return c;
	}

	private static CaseStudy unknownOutcome() {
		CaseStudy c = F.createCaseStudy();
		c.setId("VIDE");
		c.setTitle("Cas peu documenté");
		return c;
	}

	@Test
	void theMatrixHasOneRowPerCaseWithEveryAttribute() {
		CaseMatrix matrix = CaseMatrix.of(List.of(residence(), unknownOutcome()));
		assertEquals(List.of("RES", "Résidence à Grigny", "Grigny (quartier prioritaire, Île-de-France)", "collectivité ×2, designer/agence/conseil",
				"Immersion → Prototypage", "Résidence de designers (design, 3 sem.)", "Guichet mobile (non précisé)",
				"FEDER (Région, \"fonds\" européens)", "réussite partielle", "Partir des usages | avant les solutions."), matrix.rows().get(0));
		assertEquals(List.of("VIDE", "Cas peu documenté", "", "", "", "", "", "", "", ""), matrix.rows().get(1));
	}

	@Test
	void csvQuotesWhatNeedsQuoting() {
		String csv = MatrixFormats.csv(CaseMatrix.of(List.of(residence())));
		List<String> lines = csv.lines().toList();
		assertEquals("Cas,Titre,Territoire,Acteurs,Phases réalisées,Résidence,Prototypes,Financement,Résultat,Enseignements", lines.get(0));
		assertEquals("RES,Résidence à Grigny,\"Grigny (quartier prioritaire, Île-de-France)\",\"collectivité ×2, designer/agence/conseil\","
				+ "Immersion → Prototypage,\"Résidence de designers (design, 3 sem.)\",Guichet mobile (non précisé),"
				+ "\"FEDER (Région, \"\"fonds\"\" européens)\",réussite partielle,Partir des usages | avant les solutions.", lines.get(1));
	}

	@Test
	void asciiDocEscapesTheCellSeparator() {
		String adoc = MatrixFormats.asciiDoc(CaseMatrix.of(List.of(residence())));
		assertTrue(adoc.startsWith("[%header,cols=\"1,3,3,3,3,2,2,2,2,4\"]\n|===\n|Cas |Titre |Territoire"), adoc);
		assertTrue(adoc.contains("\n|Partir des usages \\| avant les solutions.\n|===\n"), adoc);
	}

	@Test
	void theQcaTableIsBinaryWithCaseIdsAsRowsAndSkipsUnknownOutcomes() {
		ConditionsTable table = ConditionsTable.of(List.of(residence(), unknownOutcome()));
		assertEquals(List.of("RES"), table.caseIds());
		assertEquals(List.of("VIDE"), table.excluded());
		List<String> lines = MatrixFormats.csv(table).lines().toList();
		assertEquals("CAS,TERR_RURAL,TERR_URBAIN,ACT_COLLECTIVITE,ACT_ETAT,ACT_ESS,ACT_ENTREPRISE,ACT_RECHERCHE,ACT_DESIGN,ACT_CITOYENS,"
				+ "RESIDENCE,PROTOTYPE,LIEU,FIN_EUROPE,FIN_PUBLIC,FIN_PRIVE,PROTOCOLE,REUSSITE,ECHEC", lines.get(0));
		assertEquals("RES,0,1,1,0,0,0,0,1,0,1,1,0,1,0,0,0,1,0", lines.get(1));
		assertEquals(2, lines.size());
	}
}
