/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.Random;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Lesson;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Section;
import org.essaim.model.casestudy.SectionKind;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;
import org.essaim.model.casestudy.TerritoryKind;

/** Realistic cases for the benchmark: the shape of the corpus's documented cases, a little richer. */
final class GeneratedCases {

	private static final CasestudyFactory F = CasestudyFactory.eINSTANCE;
	private final Random random;

	GeneratedCases(long seed) {
		this.random = new Random(seed);
	}

	CaseStudy next(int number) {
		CaseStudy c = F.createCaseStudy();
		c.setId(String.format("BENCH-%05d", number));
		c.setTitle("Résidence de designers n°" + number + " dans une collectivité");
		c.setSummary("Une équipe pluridisciplinaire en résidence part de l'expérience vécue par les usagers, agents et citoyens.");
		c.setCompleteness(Completeness.PARTIAL);
		c.setPeriodStart(String.valueOf(2010 + random.nextInt(8)));
		c.setPeriodEnd("2019");
		c.setBody("Premier paragraphe du déroulement, avec « guillemets » et accents.\n\nSecond paragraphe : ce qui a marché, ce qui a échoué.");
		Source source = F.createSource();
		source.setId("s1");
		source.setDocument("004_f695345749e5eed6.txt");
		source.setLines(String.valueOf(1000 + random.nextInt(4000)));
		source.setQuote("« une écoute active et une implication des citoyens »");
		c.getSources().add(source);
		Territory territory = F.createTerritory();
		territory.setName("Commune n°" + random.nextInt(1000));
		territory.setKind(TerritoryKind.values()[random.nextInt(TerritoryKind.values().length)]);
		territory.getEvidence().add(source);
		c.getTerritories().add(territory);
		for (int a = 0; a < 5; a++) {
			Actor actor = F.createActor();
			actor.setName("Acteur " + a + " du cas " + number);
			actor.setKind(ActorKind.values()[random.nextInt(ActorKind.values().length)]);
			actor.setRole("partenaire");
			actor.getEvidence().add(source);
			c.getActors().add(actor);
		}
		for (int p = 0; p < 3; p++) {
			Phase phase = F.createPhase();
			phase.setName("phase" + p);
			phase.setTitle("Phase " + p);
			phase.setStart("2015-0" + (p + 1));
			phase.setEnd("2015-0" + (p + 2));
			phase.setDescription("Ce qui s'est passé pendant la phase " + p + ".");
			c.getPhases().add(phase);
		}
		Outcome outcome = F.createOutcome();
		outcome.setKind(OutcomeKind.values()[random.nextInt(OutcomeKind.values().length)]);
		outcome.setDescription("Un service repensé avec les usagers.");
		c.getOutcomes().add(outcome);
		for (int l = 0; l < 2; l++) {
			Lesson lesson = F.createLesson();
			lesson.setText("Enseignement " + l + " : partir des usages avant les solutions.");
			c.getLessons().add(lesson);
		}
		Section section = F.createSection();
		section.setKind(SectionKind.METHODS);
		section.setText("Immersion, ateliers de co-conception, prototypes testés en situation réelle.");
		c.getSections().add(section);
		return c;
	}
}
