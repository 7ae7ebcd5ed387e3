/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.validation.CoopDurationValidator;
import org.essaim.protocol.validation.CoopFundingValidator;
import org.essaim.protocol.validation.CoopValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The rules on residences, prototypes, groups, libraries, durations and funding: for each, a protocol that breaks
 * it gets exactly that issue, and the same protocol repaired gets none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class CoopRulesTest {

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private List<String> codes(String body) throws Exception {
		Protocol protocol = parser.parse("protocole p \"P\" {\n acteur a \"A\" : collectivité\n phase un \"Un\" { participants a durée 3 mois }\n"
				+ body + "\n}\n");
		return validation.validate(protocol).stream().map(Issue::getCode).toList();
	}

	private void assertOnly(String code, String body) throws Exception {
		assertEquals(List.of(code), codes(body), body);
	}

	private void assertClean(String body) throws Exception {
		assertEquals(List.of(), codes(body), body);
	}

	@Test
	void aResidenceNeedsAHostAndATeam() throws Exception {
		assertOnly(CoopValidator.RESIDENCE_WITHOUT_HOST, "résidence r \"R\" { équipe designer }");
		assertOnly(CoopValidator.RESIDENCE_WITHOUT_TEAM, "résidence r \"R\" { accueil a }");
		assertClean("résidence r \"R\" { accueil a équipe 2 designers, sociologue immersion 6 semaines sur 3 mois pendant un }");
	}

	@Test
	void immersionWeeksMustFitInTheirMonths() throws Exception {
		assertOnly(CoopDurationValidator.IMPOSSIBLE_IMMERSION, "résidence r \"R\" { accueil a équipe designer immersion 10 semaines sur 2 mois }");
		assertClean("résidence r \"R\" { accueil a équipe designer immersion 9 semaines sur 2 mois }");
	}

	@Test
	void aResidenceLongerThanItsPhaseIsAWarning() throws Exception {
		assertOnly(CoopDurationValidator.OVERLONG_PARTS,
				"résidence r \"R\" { accueil a équipe designer immersion 4 semaines sur 5 mois pendant un }");
	}

	@Test
	void aPrototypeNeedsATestAndASuccessCriterion() throws Exception {
		assertOnly(CoopValidator.PROTOTYPE_WITHOUT_TEST, "prototype t \"T\" { critère \"10 usagers servis\" }");
		assertOnly(CoopValidator.PROTOTYPE_WITHOUT_CRITERION, "prototype t \"T\" { test \"à l'accueil de la mairie\" }");
		assertClean("expérimentation t \"T\" { hypothèse \"h\" test \"en situation réelle\" critère \"10 usagers\" statut réussi }");
	}

	@Test
	void aFailureWithoutItsLessonIsAWarning() throws Exception {
		String tested = "prototype t \"T\" { test \"x\" critère \"y\" statut échoué";
		assertOnly(CoopValidator.FAILURE_WITHOUT_LESSON, tested + " }");
		assertClean(tested + " enseignement \"Le guichet était trop loin des usagers.\" }");
	}

	@Test
	void actorQualifiersComeInAnyOrderButCannotContradictEachOther() throws Exception {
		assertClean("acteur b \"B\" : ESS rôle \"porteur\" local droit-privé");
		assertOnly(CoopValidator.CONTRADICTORY_QUALIFIERS, "acteur b \"B\" : ESS droit-privé local droit-public");
		assertOnly(CoopValidator.CONTRADICTORY_QUALIFIERS, "acteur b \"B\" : ESS local non-local");
	}

	@Test
	void aGroupCannotContainItself() throws Exception {
		assertEquals(List.of(CoopValidator.GROUP_CYCLE, CoopValidator.GROUP_CYCLE), codes("groupe g \"G\" : a, h\n groupe h \"H\" : g"));
		assertClean("tour de table t \"T\" : a\n groupe g \"G\" : t, a");
	}

	@Test
	void groupsTakePartInPhasesAndDecisions() throws Exception {
		assertClean("""
				groupe comite "Comité" : a
				phase deux "Deux" { après un participants comite comme "jury" décision "Choix" par comite selon "consensus" }
				""");
	}

	@Test
	void durationsCannotBeZeroOrReversed() throws Exception {
		assertOnly(CoopDurationValidator.IMPOSSIBLE_DURATION, "phase deux \"D\" { participants a durée 0 jours }");
		assertOnly(CoopDurationValidator.IMPOSSIBLE_DURATION, "phase deux \"D\" { participants a durée de 6 à 2 mois }");
		assertClean("phase deux \"D\" { participants a durée de 2 à 6 mois }");
	}

	@Test
	void stepsMustFitInTheirMethod() throws Exception {
		String method = "méthode m \"M\" { durée 1 heure étape \"Accueil\" 45 minutes étape \"Tour de table\" %d minutes }";
		assertOnly(CoopDurationValidator.OVERLONG_PARTS, method.formatted(30));
		assertClean(method.formatted(15));
	}

	@Test
	void chainedPhasesMustFitInTheProtocol() throws Exception {
		String phases = "phase deux \"D\" { après un participants a durée 4 mois }";
		assertOnly(CoopDurationValidator.OVERLONG_PARTS, "durée 6 mois " + phases);
		assertClean("durée 7 mois " + phases);
		assertClean("durée 6 mois phase deux \"D\" { participants a durée 4 mois }"); // not chained: in parallel
	}

	@Test
	void aGroupSizeRangeMustBeOrdered() throws Exception {
		assertOnly(CoopDurationValidator.REVERSED_RANGE, "méthode m \"M\" { taille de 40 à 20 personnes }");
		assertClean("méthode m \"M\" { taille de 20 à 40 personnes }");
	}

	@Test
	void fundingAmountsMustBeAmounts() throws Exception {
		assertOnly(CoopFundingValidator.INVALID_AMOUNT, "financement f \"F\" { instrument FEDER montant \"beaucoup\" }");
		assertOnly(CoopFundingValidator.INVALID_AMOUNT, "financement f \"F\" { montant \"50 k\" }");
		for (String amount : List.of("50 000 €", "50 k€", "1,5 M€", "200 millions d'euros", "14 000 euros par an", "20 k€")) {
			assertClean("financement f \"F\" { instrument subvention financeur a montant \"" + amount + "\" }");
		}
	}

	@Test
	void fundingPeriodsMustRunForward() throws Exception {
		assertOnly(CoopFundingValidator.INVALID_PERIOD, "financement f \"F\" { période de 2018 à 2015 }");
		assertOnly(CoopFundingValidator.INVALID_PERIOD, "financement f \"F\" { période de 15 à 2016 }");
		assertClean("financement f \"F\" { période de 2015 à 2016 }");
	}

	@Test
	void aLibraryHoldsNoPhase() throws Exception {
		Protocol library = parser.parse("""
				bibliothèque methodes "Méthodes" {
				  acteur a "A" : association
				  méthode hackathon "Hackathon" { durée 2 jours }
				  phase un "Un" { participants a }
				}
				""");
		validation.assertWarning(library, CoopPackage.Literals.PHASE, CoopValidator.PHASE_IN_LIBRARY, "bibliothèque");
		assertEquals(1, validation.validate(library).size());
	}

	@Test
	void aGroupChainContainingALoopMarksOnlyTheLoop() throws Exception {
		assertEquals(List.of(CoopValidator.GROUP_CYCLE, CoopValidator.GROUP_CYCLE, CoopValidator.GROUP_CYCLE),
				codes("groupe g1 \"G\" : a\n groupe g2 \"G\" : g1, g4\n groupe g3 \"G\" : g2\n groupe g4 \"G\" : g3\n groupe g5 \"G\" : g4"));
		assertEquals(List.of(CoopValidator.GROUP_CYCLE), codes("groupe g \"G\" : a, g"));
	}

	@Test
	void aProtocolCannotBeDerivedFromItself() throws Exception {
		Protocol protocol = parser.parse("protocole s \"S\" {\n  dérivé de s\n}\n");
		validation.assertError(protocol, CoopPackage.Literals.PROTOCOL, CoopValidator.DERIVATION_CYCLE,
				"le protocole « s » ne peut pas être dérivé de lui-même");
	}

	@Test
	void aLoopOfDerivationsIsNamedOnEachOfItsProtocols() throws Exception {
		XtextResourceSet set = resourceSets.get();
		Protocol a = parser.parse("protocole a \"A\" { dérivé de b }", URI.createURI("memory:/a.coop"), set);
		Protocol b = parser.parse("protocole b \"B\" { dérivé de c }", URI.createURI("memory:/b.coop"), set);
		Protocol c = parser.parse("protocole c \"C\" { dérivé de a }", URI.createURI("memory:/c.coop"), set);
		Protocol d = parser.parse("protocole d \"D\" { dérivé de a }", URI.createURI("memory:/d.coop"), set);
		validation.assertError(a, CoopPackage.Literals.PROTOCOL, CoopValidator.DERIVATION_CYCLE,
				"le protocole « a » dérive de lui-même à travers « dérivé de » (a → b → c → a)");
		validation.assertError(b, CoopPackage.Literals.PROTOCOL, CoopValidator.DERIVATION_CYCLE, "(b → c → a → b)");
		validation.assertError(c, CoopPackage.Literals.PROTOCOL, CoopValidator.DERIVATION_CYCLE, "(c → a → b → c)");
		validation.assertNoIssues(d); // derived from the loop, not part of it
	}

	@Test
	void aLongLoopOfDerivationsIsShortenedInItsMessage() throws Exception {
		XtextResourceSet set = resourceSets.get();
		List<Protocol> loop = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			loop.add(parser.parse("protocole p" + i + " \"P\" { dérivé de p" + (i + 1) % 20 + " }", URI.createURI("memory:/p" + i + ".coop"), set));
		}
		validation.assertError(loop.get(0), CoopPackage.Literals.PROTOCOL, CoopValidator.DERIVATION_CYCLE,
				"(p0 → p1 → p2 → p3 → 13 autres → p17 → p18 → p19 → p0)");
	}

	@Test
	void aPeriodErrorWritesYearsWithoutGrouping() throws Exception {
		Protocol protocol = parser.parse("protocole p \"P\" { financement f \"F\" { période de 2018 à 2015 } }");
		validation.assertError(protocol, CoopPackage.Literals.FUNDING, CoopFundingValidator.INVALID_PERIOD, "(2015) avant de commencer (2018)");
	}
}
