/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.ProcessStatus;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;
import org.essaim.model.casestudy.TerritoryKind;

/** Test cases: one with every feature set (accents, line breaks, markup characters), one minimal stub. */
final class SampleCases {

	private static final CasestudyFactory FACTORY = CasestudyFactory.eINSTANCE;

	private SampleCases() {
	}

	/** Every feature set, with values that stress the XML: accents, quotes, &lt; &amp; &gt;, line breaks. */
	static CaseStudy full() {
		CaseStudy c = FACTORY.createCaseStudy();
		c.setId("ESSAI-1");
		c.setTitle("Résidence « test » à l'hôtel de ville & <au-delà>");
		c.setSummary("Un résumé court avec des \"guillemets\" et des apostrophes d'usage.");
		c.setLanguage("fr");
		c.setLicence("CC BY-SA 4.0");
		c.setStatus(CaseStatus.PUBLISHED);
		c.setCompleteness(Completeness.PARTIAL);
		c.setProcessStatus(ProcessStatus.ONGOING);
		c.setPeriodStart("2013");
		c.setPeriodEnd("2015-03");
		c.setProtocol("territoires_en_residences");
		c.setBody("Premier paragraphe.\n\nSecond paragraphe,\tavec une tabulation.\n  Ligne indentée.");
		c.getLessons().add("Partir de l'expérience vécue.");
		c.getLessons().add("Deux lignes :\nla seconde.");

		Territory territory = FACTORY.createTerritory();
		territory.setName("Caumont-sur-Durance");
		territory.setKind(TerritoryKind.PETITE_VILLE);
		territory.setRegion("Provence-Alpes-Côte d'Azur");
		territory.setPopulation(4600);
		c.getTerritories().add(territory);
		Territory other = FACTORY.createTerritory();
		other.setName("Vaucluse");
		other.setKind(TerritoryKind.DEPARTEMENT);
		c.getTerritories().add(other);

		Actor actor = FACTORY.createActor();
		actor.setName("Commune");
		actor.setKind(ActorKind.SERVICE_ETAT);
		actor.setRole("porteur");
		c.getActors().add(actor);

		Phase phase = FACTORY.createPhase();
		phase.setName("immersion");
		phase.setTitle("Immersion");
		phase.setPlannedPhase("immersion");
		phase.setStart("2014-01");
		phase.setEnd("2014-06-30");
		phase.setDescription("Trois semaines\nsur place.");
		c.getPhases().add(phase);

		Outcome outcome = FACTORY.createOutcome();
		outcome.setKind(OutcomeKind.FAILURE);
		outcome.setDescription("Un échec instructif.");
		c.getOutcomes().add(outcome);

		Funding funding = FACTORY.createFunding();
		funding.setInstrument("PIA");
		funding.setFunder("État");
		funding.setAmount("50 k€ par an");
		funding.setPeriod("2015-2016");
		c.getFundings().add(funding);

		Source source = FACTORY.createSource();
		source.setDocument("004_f695345749e5eed6.txt");
		source.setLines("2516-2518");
		source.setQuote("la commune de Caumont-sur-Durance (Vaucluse) a mis en place");
		source.setUrl("https://example.org/rapport?a=1&b=2");
		c.getSources().add(source);
		return c;
	}

	/** The least a valid case needs: an ébauche with an id and a title. */
	static CaseStudy stub() {
		CaseStudy c = FACTORY.createCaseStudy();
		c.setId("STUB");
		c.setTitle("Ébauche");
		return c;
	}
}
