/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.List;
import java.util.Random;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.ExperimentStatus;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.Lesson;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Place;
import org.essaim.model.casestudy.PlaceKind;
import org.essaim.model.casestudy.Section;
import org.essaim.model.casestudy.SectionKind;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;
import org.essaim.model.casestudy.TerritoryKind;

/**
 * Realistic cases for the benchmarks: the shape of the corpus's documented cases, a little richer, with
 * the corpus's vocabulary (schemes, themes, regions, kinds) drawn at random so that words and facets vary
 * from case to case as they do in a real library. The same seed gives the same cases.
 */
final class GeneratedCases {

	private static final CasestudyFactory F = CasestudyFactory.eINSTANCE;
	static final List<String> SCHEMES = List.of("Résidence de designers", "Laboratoire d'innovation publique", "Tiers-lieu", "Hackathon",
			"Mutuelle communale", "Pôle territorial de coopération économique", "Fablab", "Living lab", "Incubateur territorial",
			"Budget participatif", "Marché public d'innovation", "Conciergerie solidaire", "Ressourcerie", "Coopérative d'habitants",
			"Plateforme de données ouvertes", "Atelier de co-conception", "Start-up de territoire", "Monnaie locale");
	static final List<String> THEMES = List.of("santé", "mobilité", "alimentation", "numérique", "emploi", "énergie", "habitat", "culture",
			"éducation", "vieillissement", "jeunesse", "tourisme", "agriculture", "déchets", "accueil des usagers", "commerce de proximité");
	static final List<String> REGIONS = List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
			"Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
			"Provence-Alpes-Côte d'Azur");
	private static final List<String> SENTENCES = List.of(
			"Les agents et les habitants ont été associés dès l'immersion, avant toute solution.",
			"La collectivité a ouvert ses données pour que des développeurs proposent des services.",
			"Une équipe pluridisciplinaire en résidence part de l'expérience vécue par les usagers.",
			"Le financement participatif a complété une subvention régionale et des fonds européens.",
			"Les prototypes ont été testés en situation réelle, puis abandonnés ou généralisés.",
			"L'économie sociale et solidaire y trouve des partenaires publics et privés.",
			"Le projet a échoué faute de portage politique après les élections municipales.",
			"Un tiers-lieu accueille désormais des entreprises, des associations et des chercheurs.",
			"Les élus ont soutenu l'expérimentation, les services techniques l'ont adoptée.",
			"Des ateliers de co-conception ont réuni citoyens, designers et sociologues.");

	private final Random random;

	GeneratedCases(long seed) {
		this.random = new Random(seed);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String sentences(int count, String theme) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(pick(SENTENCES)).append(' ');
		}
		return text.append("Le thème principal : ").append(theme).append('.').toString();
	}

	CaseStudy next(int number) {
		String scheme = pick(SCHEMES);
		String theme = pick(THEMES);
		String town = "Commune n°" + random.nextInt(5000);
		CaseStudy c = F.createCaseStudy();
		c.setId(String.format("BENCH-%06d", number));
		c.setTitle(scheme + " : " + theme + " à " + town);
		c.setSummary(scheme + " consacré à " + theme + ". " + sentences(1, theme));
		c.setStatus(random.nextInt(3) == 0 ? CaseStatus.DRAFT : CaseStatus.PUBLISHED);
		c.setCompleteness(Completeness.values()[random.nextInt(Completeness.values().length)]);
		c.setPeriodStart(String.valueOf(1995 + random.nextInt(28)));
		c.setBody(sentences(3, theme) + "\n\n" + sentences(3, theme));
		Source source = F.createSource();
		source.setId("s1");
		source.setDocument("004_f695345749e5eed6.txt");
		source.setLines(String.valueOf(1000 + random.nextInt(4000)));
		source.setQuote("« une écoute active et une implication des citoyens »");
		c.getSources().add(source);
		Territory territory = F.createTerritory();
		territory.setName(town);
		territory.setKind(TerritoryKind.values()[random.nextInt(TerritoryKind.values().length)]);
		territory.setRegion(pick(REGIONS));
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
			phase.setDescription("Ce qui s'est passé pendant la phase " + p + " : " + pick(SENTENCES));
			phase.getEvidence().add(source);
			c.getPhases().add(phase);
		}
		if (random.nextInt(3) == 0) {
			Place place = F.createPlace();
			place.setName("Lieu du cas " + number);
			place.setKind(PlaceKind.values()[random.nextInt(PlaceKind.values().length)]);
			place.getEvidence().add(source);
			c.getPlaces().add(place);
		}
		Funding funding = F.createFunding();
		funding.setInstrument(FundingInstrument.values()[random.nextInt(FundingInstrument.values().length)]);
		funding.setFunder("Financeur " + random.nextInt(50));
		funding.getEvidence().add(source);
		c.getFundings().add(funding);
		if (random.nextInt(4) == 0) {
			Experiment experiment = F.createExperiment();
			experiment.setName("Prototype " + theme);
			experiment.setHypothesis("Les usagers adopteront un service de " + theme + " conçu avec eux.");
			experiment.setTest("Trois mois d'essai en situation réelle avec des usagers volontaires.");
			experiment.setStatus(ExperimentStatus.values()[random.nextInt(ExperimentStatus.values().length)]);
			experiment.getEvidence().add(source);
			c.getExperiments().add(experiment);
		}
		Outcome outcome = F.createOutcome();
		outcome.setKind(OutcomeKind.values()[random.nextInt(OutcomeKind.values().length)]);
		outcome.setDescription("Un service de " + theme + " repensé avec les usagers.");
		outcome.getEvidence().add(source);
		c.getOutcomes().add(outcome);
		for (int l = 0; l < 2; l++) {
			Lesson lesson = F.createLesson();
			lesson.setText("Enseignement " + l + " : partir des usages avant les solutions.");
			lesson.getEvidence().add(source);
			c.getLessons().add(lesson);
		}
		Section section = F.createSection();
		section.setKind(SectionKind.METHODS);
		section.setText("Immersion, ateliers de co-conception, prototypes testés en situation réelle.");
		c.getSections().add(section);
		return c;
	}
}
