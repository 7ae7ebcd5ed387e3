/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.DurationUnit;
import org.essaim.protocol.coop.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class CoopParsingTest {

	@Inject
	private ParseHelper<Protocol> parser;

	@Test
	void aProtocolReadsLikeFrenchProse() throws Exception {
		Protocol protocol = parser.parse("""
				protocole essai "Un essai" {
				  résumé "Pour voir."
				  version "1.0"
				  licence "CC BY-SA 4.0"
				  acteur mairie "La mairie" : collectivité
				  acteur labo "Le laboratoire" : recherche
				  phase cadrage "Cadrage" {
				    participants mairie, labo
				    durée 3 semaines
				    livrable "Convention"
				    livrable "Calendrier"
				  }
				  phase terrain "Terrain" {
				    après cadrage
				    participants labo
				  }
				}
				""");
		assertTrue(protocol.eResource().getErrors().isEmpty(), () -> protocol.eResource().getErrors().toString());
		assertEquals("Un essai", protocol.getTitle());
		assertEquals(ActorKind.COLLECTIVITE, protocol.getActors().get(0).getKind());
		assertEquals(3, protocol.getPhases().get(0).getDuration().getValue());
		assertEquals(DurationUnit.WEEKS, protocol.getPhases().get(0).getDuration().getUnit());
		assertEquals(2, protocol.getPhases().get(0).getDeliverables().size());
		assertEquals(protocol.getPhases().get(0), protocol.getPhases().get(1).getAfter().get(0));
		assertEquals(protocol.getActors().get(1), protocol.getPhases().get(1).getParticipants().get(0).getParty());
	}

	@Test
	void accentsAreOptionalInKeywords() throws Exception {
		Protocol protocol = parser.parse("""
				protocole essai "Sans accents" {
				  resume "Tape sans accents."
				  acteur agence "Une agence" : designer
				  acteur ecole "Une école" : ecole
				  phase a "A" { participants agence duree 2 mois }
				  phase b "B" { apres a participants ecole }
				}
				""");
		assertTrue(protocol.eResource().getErrors().isEmpty(), () -> protocol.eResource().getErrors().toString());
		assertEquals("Tape sans accents.", protocol.getSummary());
		assertEquals(ActorKind.ECOLE, protocol.getActors().get(1).getKind());
	}

	@Test
	void syntaxErrorsArePositioned() throws Exception {
		Protocol protocol = parser.parse("protocole essai \"Titre\" {\n  acteur sans_type \"Oubli\"\n}\n");
		assertEquals(1, protocol.eResource().getErrors().size());
		assertEquals(3, protocol.eResource().getErrors().get(0).getLine());
		assertEquals("« } » inattendu : « : » était attendu", protocol.eResource().getErrors().get(0).getMessage());
	}

	@Test
	void syntaxErrorsSpeakOfTextsAndNamesNotTokens() throws Exception {
		Protocol missingTitle = parser.parse("protocole essai {\n}\n");
		assertEquals("il manque un texte entre guillemets avant « { »", missingTitle.eResource().getErrors().get(0).getMessage());
		Protocol unclosed = parser.parse("protocole essai \"Titre\" {\n  acteur a \"A\" : association\n");
		assertTrue(unclosed.eResource().getErrors().get(0).getMessage().contains("la fin du fichier"),
				unclosed.eResource().getErrors().get(0).getMessage());
	}
}
