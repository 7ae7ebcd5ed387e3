/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;
import org.essaim.model.casestudy.TerritoryKind;

/** Case studies built in memory for tests. */
final class SampleCases {

	private SampleCases() {
	}

	static CaseStudy full() {
		CasestudyFactory f = CasestudyFactory.eINSTANCE;
		CaseStudy c = f.createCaseStudy();
		c.setId("CAUMONT");
		c.setTitle("Mutuelle communale de Caumont-sur-Durance");
		c.setSummary("Une commune négocie une complémentaire santé pour ses habitants.");
		c.setCompleteness(Completeness.PARTIAL);
		c.setPeriodStart("2013");
		c.setBody("Première ligne du récit.\nDeuxième ligne, avec « guillemets » & <chevrons>.");
		c.getLessons().add("Une leçon");
		Territory t = f.createTerritory();
		t.setName("Caumont-sur-Durance");
		t.setKind(TerritoryKind.PETITE_VILLE);
		t.setRegion("Provence-Alpes-Côte d'Azur");
		c.getTerritories().add(t);
		Actor a = f.createActor();
		a.setName("Commune de Caumont-sur-Durance");
		a.setKind(ActorKind.COLLECTIVITE);
		a.setRole("porteur");
		c.getActors().add(a);
		Outcome o = f.createOutcome();
		o.setKind(OutcomeKind.SUCCESS);
		o.setDescription("Des habitants couverts.");
		c.getOutcomes().add(o);
		Source s = f.createSource();
		s.setDocument("004_f695345749e5eed6.txt");
		s.setLines("1142");
		s.setQuote("mutuelle communale");
		c.getSources().add(s);
		return c;
	}
}
