/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.validation.CoopValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class CoopValidatorTest {

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void aSoundProtocolHasNoIssue() throws Exception {
		validation.assertNoIssues(parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants a }
				  phase deux "Deux" { après un participants a }
				}
				"""));
	}

	@Test
	void aPhaseWithoutParticipantIsAnError() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase vide "Vide" { description "personne" }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_WITHOUT_PARTICIPANT, "vide");
	}

	@Test
	void phasesWaitingForEachOtherAreACycle() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { après trois participants a }
				  phase deux "Deux" { après un participants a }
				  phase trois "Trois" { après deux participants a }
				  phase hors "Hors du cycle" { après trois participants a }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_ORDER_CYCLE, "« un »");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_ORDER_CYCLE, "« trois »");
		assertEquals(3, validation.validate(protocol).stream()
				.filter(issue -> CoopValidator.PHASE_ORDER_CYCLE.equals(issue.getCode())).count(), "the phase outside the cycle is fine");
	}

	@Test
	void aPhaseAfterItselfIsACycle() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase boucle "Boucle" { après boucle participants a }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_ORDER_CYCLE);
	}

	@Test
	void duplicateNamesAreErrors() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  acteur a "A bis" : entreprise
				  phase un "Un" { participants a }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.ACTOR, CoopValidator.DUPLICATE_NAME,
				"deux acteurs de ce protocole s'appellent « a »");
	}

	@Test
	void duplicatePhaseNamesAreErrors() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants a }
				  phase un "Un encore" { participants a }
				}
				""");
		assertEquals(2, validation.validate(protocol).stream()
				.filter(issue -> CoopValidator.DUPLICATE_NAME.equals(issue.getCode())).count(), "both phases are marked");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.DUPLICATE_NAME, "« un »");
	}

	@Test
	void anActorAndAPhaseMayShareAName() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur cadrage "A" : association
				  phase cadrage "Cadrage" { après cadrage participants cadrage }
				}
				""");
		assertEquals(List.of(CoopValidator.PHASE_ORDER_CYCLE), validation.validate(protocol).stream().map(Issue::getCode).toList(),
				"each reference finds the element of its kind: only the phase after itself is an issue");
	}

	@Test
	void unknownActorsAreLinkingErrors() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants fantome }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.PARTICIPATION, Diagnostic.LINKING_DIAGNOSTIC, "« fantome » : aucun acteur ni groupe de ce nom");
	}

	@Test
	void messagesExistInEnglishToo() throws Exception {
		Locale.setDefault(Locale.ENGLISH);
		try {
			Protocol protocol = parser.parse("protocole p \"P\" { phase vide \"Vide\" { } }");
			validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_WITHOUT_PARTICIPANT, "has no participant");
		} finally {
			Locale.setDefault(Locale.FRENCH);
		}
	}
}
