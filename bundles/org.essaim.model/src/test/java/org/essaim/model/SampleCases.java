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
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.Lesson;
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
		c.getLessons().add(lesson("Partir de l'expérience vécue."));
		c.getLessons().add(lesson("Deux lignes :\nla seconde."));

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
		funding.setInstrument(FundingInstrument.PIA);
		funding.setFunder("État");
		funding.setAmount("50 k€ par an");
		funding.setPeriod("2015-2016");
		c.getFundings().add(funding);

		Source source = FACTORY.createSource();
		source.setDocument("004_f695345749e5eed6.txt");
		source.setLines("2516-2518");
		source.setQuote("la commune de Caumont-sur-Durance (Vaucluse) a mis en place");
		source.setUrl("https://example.org/rapport?a=1&b=2");
		source.setId("s1");
		source.setPage("12");
		c.getSources().add(source);
		actor.getEvidence().add(source);
		outcome.getEvidence().add(source);
		c.getLessons().get(0).getEvidence().add(source);
		c.getLessons().get(1).setFromFailure(true);
		addNewParts(c, source);
		return c;
	}

	/** The parts added by model 1.0's second round: record keeping, sections, places, residences, experiments... */
	private static void addNewParts(CaseStudy c, Source source) {
		c.getAuthors().add("Claire Dupont");
		c.setCreated("2026-11-01");
		c.setUpdated("2026-11-23");
		c.setReviewedBy("Karim Benali");
		c.setReviewedAt("2026-11-20");
		c.setPeriodText("de 2013 à mars 2015");
		c.setProtocolVersion("1.0");
		c.getTerritories().get(0).setKindInferred(true);
		c.getPhases().get(0).getParticipants().add("Commune");
		c.getFundings().get(0).setInstrumentDetail("PIA « Ville de demain »");
		c.getFundings().get(0).setAmountEuros(new java.math.BigDecimal("50000"));
		org.essaim.model.casestudy.Section section = FACTORY.createSection();
		section.setKind(org.essaim.model.casestudy.SectionKind.METHODS);
		section.setText("Immersion ; ateliers\navec les habitants.");
		c.getSections().add(section);
		org.essaim.model.casestudy.Place place = FACTORY.createPlace();
		place.setName("Tiers-lieu « La Ruche »");
		place.setKind(org.essaim.model.casestudy.PlaceKind.COWORKING);
		place.setTerritory("Caumont-sur-Durance");
		c.getPlaces().add(place);
		org.essaim.model.casestudy.Residence residence = FACTORY.createResidence();
		residence.setName("Résidence de la mairie");
		residence.setHost("Commune");
		residence.getDisciplines().add(org.essaim.model.casestudy.Discipline.DESIGN);
		residence.getDisciplines().add(org.essaim.model.casestudy.Discipline.SOCIOLOGIE);
		residence.setWeeks(3);
		residence.setMonths(6);
		residence.setProblem("L'accueil des nouveaux habitants.");
		residence.getDeliverables().add("Carnet de résidence");
		residence.setDeliverableLicence("CC BY-SA 4.0");
		residence.getEvidence().add(source);
		c.getResidences().add(residence);
		org.essaim.model.casestudy.Experiment experiment = FACTORY.createExperiment();
		experiment.setName("Guichet mobile");
		experiment.setHypothesis("Aller vers les habitants");
		experiment.setTest("Deux semaines au marché");
		experiment.setSuccessCriteria("50 habitants servis");
		experiment.setStatus(org.essaim.model.casestudy.ExperimentStatus.FAILED);
		experiment.setLearned("Le marché n'est pas le bon moment.");
		c.getExperiments().add(experiment);
		org.essaim.model.casestudy.FollowUp followUp = FACTORY.createFollowUp();
		followUp.setDate("2018");
		followUp.setWhatLasted("Le tiers-lieu existe toujours.");
		c.getFollowUps().add(followUp);
		org.essaim.model.casestudy.CaseRelation relation = FACTORY.createCaseRelation();
		relation.setKind(org.essaim.model.casestudy.RelationKind.DERIVED_FROM);
		relation.setTarget("TERRES");
		relation.setNote("méthode reprise");
		c.getRelations().add(relation);
	}

	/** The least a valid case needs: an ébauche with an id and a title. */
	static Lesson lesson(String text) {
		Lesson lesson = CasestudyFactory.eINSTANCE.createLesson();
		lesson.setText(text);
		return lesson;
	}

	static CaseStudy stub() {
		CaseStudy c = FACTORY.createCaseStudy();
		c.setId("STUB");
		c.setTitle("Ébauche");
		return c;
	}
}
