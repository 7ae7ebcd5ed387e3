/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.coop.LabelProfile;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.labels.LabelCriterion;
import org.essaim.protocol.labels.LabelProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Each criterion of each label is checked on its own: a protocol that meets every criterion is clean, and
 * breaking one thing in it fails exactly that criterion.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class LabelCriteriaTest {

	/** Ten local partners at the round table, five of them under private law, one ESS, one adjacent authority... */
	private static final String ACCELERATOR = """
			protocole accelerateur "Accélérateur public" {
			  vise le label accélérateur-public {
			    justification dynamique-locale "Un réseau de tiers-lieux anime le territoire depuis 2012."
			  }
			  acteur ville "Ville" : collectivité droit-public local
			  acteur voisine "Communauté de communes voisine" : collectivité droit-public local adjacente
			  acteur universite "Université" : recherche droit-public local
			  acteur scop "Scop" : ESS droit-privé local
			  acteur e1 "Entreprise 1" : entreprise droit-privé local
			  acteur e2 "Entreprise 2" : entreprise droit-privé local
			  acteur e3 "Entreprise 3" : entreprise droit-privé local
			  acteur e4 "Entreprise 4" : entreprise droit-privé local
			  acteur asso "Association" : association local
			  acteur habitants "Habitants" : citoyens local
			  tour de table initial "Tour de table initial" : ville, voisine, universite, scop, e1, e2, e3, e4, asso, habitants
			  lieu tiers_lieu "Tiers-lieu" : lieu-partagé, coworking
			  phase atelier "Atelier ouvert" { participants habitants, ville }
			  résidence r "Résidence" { accueil ville équipe designer }
			}
			""";

	private static final String INCUBATOR = """
			protocole incubateur "Incubateur territorial" {
			  vise le label incubateur-territorial
			  échelle agglomération
			  durée 2 ans
			  acteur charge "Chargé d'affaires" : ESS rôle "chargé d'affaires"
			  lieu incubateur "Incubateur" : incubateur { surface 150 m² accueille 5 entreprises, 5 projets-publics }
			  phase sortie "Sortie" { participants charge critère "Une entreprise viable et finançable" }
			}
			""";

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;

	static Stream<Arguments> breakages() {
		return Stream.of(
				Arguments.of(ACCELERATOR, "R1-C1", "acteur habitants \"Habitants\" : citoyens local", "acteur habitants \"Habitants\" : citoyens non-local"),
				Arguments.of(ACCELERATOR, "R1-C1", "tour de table initial", "groupe initial"),
				Arguments.of(ACCELERATOR, "R1-C2", "acteur e4 \"Entreprise 4\" : entreprise droit-privé", "acteur e4 \"Entreprise 4\" : entreprise droit-public"),
				Arguments.of(ACCELERATOR, "R1-C3", "acteur scop \"Scop\" : ESS", "acteur scop \"Scop\" : entreprise"),
				Arguments.of(ACCELERATOR, "R1-C4", "local adjacente", "local"),
				Arguments.of(ACCELERATOR, "R1-C5", ": recherche", ": association"),
				Arguments.of(ACCELERATOR, "R1-C6", "lieu-partagé, coworking", "lieu-partagé, fablab"),
				Arguments.of(ACCELERATOR, "R1-C7", "participants habitants, ville", "participants ville"),
				Arguments.of(ACCELERATOR, "R1-C8", "justification dynamique-locale", "justification implication-citoyens"),
				Arguments.of(ACCELERATOR, "R1-C9", "résidence r \"Résidence\" { accueil ville équipe designer }", ""),
				Arguments.of(INCUBATOR, "IT-C1", "surface 150", "surface 120"),
				Arguments.of(INCUBATOR, "IT-C2", "accueille 5 entreprises", "accueille 4 entreprises"),
				Arguments.of(INCUBATOR, "IT-C3", "5 projets-publics", "5 chercheurs"),
				Arguments.of(INCUBATOR, "IT-C4", "rôle \"chargé d'affaires\"", "rôle \"animateur\""),
				Arguments.of(INCUBATOR, "IT-C5", "durée 2 ans", "durée 18 mois"),
				Arguments.of(INCUBATOR, "IT-C6", "échelle agglomération", "échelle région"),
				Arguments.of(INCUBATOR, "IT-C7", "critère \"Une entreprise viable et finançable\"", ""));
	}

	@ParameterizedTest(name = "{1}: {3}")
	@MethodSource("breakages")
	void breakingOneThingFailsExactlyItsCriterion(String protocol, String criterion, String meets, String breaks) throws Exception {
		assertTrue(protocol.contains(meets), meets);
		List<Issue> issues = validation.validate(parser.parse(protocol.replace(meets, breaks)));
		assertEquals(List.of("label_" + criterion), issues.stream().map(Issue::getCode).toList(), issues::toString);
		assertTrue(issues.get(0).getMessage().contains("critère " + criterion), issues.get(0).getMessage());
	}

	@Test
	void privatePartnersCountOnlyAtTheRoundTable() throws Exception {
		String fourAtTheTable = ACCELERATOR.replace("e3, e4, asso", "e3, autre, asso")
				.replace("  acteur asso ", "  acteur autre \"Autre collectivité\" : collectivité droit-public local\n  acteur asso ");
		List<Issue> issues = validation.validate(parser.parse(fourAtTheTable));
		assertEquals(List.of("label_R1-C2"), issues.stream().map(Issue::getCode).toList(), issues::toString);
	}

	@Test
	void protocolsThatMeetEveryCriterionAreClean() throws Exception {
		validation.assertNoIssues(parser.parse(ACCELERATOR));
		validation.assertNoIssues(parser.parse(INCUBATOR));
	}

	@Test
	void everyCriterionOfEveryLabelIsBrokenByATest() {
		List<String> tested = breakages().map(arguments -> (String) arguments.get()[1]).distinct().toList();
		List<String> declared = Stream.of(LabelProfile.values()).flatMap(profile -> LabelProfiles.criteria(profile).stream())
				.map(LabelCriterion::id).toList();
		assertEquals(declared, tested);
	}

	@Test
	void aProtocolMissingEverythingFailsEveryCriterionAtTheLabelClaim() throws Exception {
		Protocol bare = parser.parse("protocole p \"P\" { vise le label accélérateur-public }");
		List<Issue> issues = validation.validate(bare);
		assertEquals(IntStream.rangeClosed(1, 9).mapToObj(i -> "label_R1-C" + i).toList(), issues.stream().map(Issue::getCode).toList());
		assertTrue(issues.stream().allMatch(issue -> issue.getLineNumber() == 1));
	}
}
