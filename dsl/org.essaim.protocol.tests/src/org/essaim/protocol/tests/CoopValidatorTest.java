/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
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
		org.junit.jupiter.api.Assertions.assertEquals(3, validation.validate(protocol).stream()
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
		validation.assertError(protocol, CoopPackage.Literals.ACTOR, null, "a");
	}

	@Test
	void unknownActorsAreLinkingErrors() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants fantome }
				}
				""");
		validation.assertError(protocol, CoopPackage.Literals.PHASE, Diagnostic.LINKING_DIAGNOSTIC, "« fantome » : aucun acteur de ce nom");
	}

	@Test
	void messagesExistInEnglishToo() throws Exception {
		java.util.Locale.setDefault(java.util.Locale.ENGLISH);
		try {
			Protocol protocol = parser.parse("protocole p \"P\" { phase vide \"Vide\" { } }");
			validation.assertError(protocol, CoopPackage.Literals.PHASE, CoopValidator.PHASE_WITHOUT_PARTICIPANT, "has no participant");
		} finally {
			java.util.Locale.setDefault(java.util.Locale.FRENCH);
		}
	}
}
