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

	@Test
	void anUnterminatedStringSaysWhereItOpened() throws Exception {
		Protocol protocol = parser.parse("protocole essai \"Titre\" {\n  résumé \"pas fini\n  acteur a : association\n}\n");
		String message = protocol.eResource().getErrors().get(0).getMessage();
		assertEquals("chaîne non terminée, ouverte ligne 2 : le guillemet « \" » n'est jamais refermé", message);
		assertEquals(2, protocol.eResource().getErrors().get(0).getLine());
	}

	@Test
	void anApostropheOutsideQuotesIsAnUnterminatedString() throws Exception {
		Protocol protocol = parser.parse("protocole essai \"Titre\" {\n\n  résumé l'équipe\n}\n");
		assertTrue(protocol.eResource().getErrors().stream().anyMatch(
				error -> error.getMessage().equals("chaîne non terminée, ouverte ligne 3 : le guillemet « ' » n'est jamais refermé")),
				() -> protocol.eResource().getErrors().toString());
	}

	@Test
	void anUnterminatedCommentSaysWhereItOpened() throws Exception {
		Protocol protocol = parser.parse("protocole essai \"Titre\" {\n  /* une note \"citée\"\n  acteur a \"A\" : association\n}\n");
		assertEquals("commentaire non terminé, ouvert ligne 2 : « /* » n'est jamais refermé par « */ »",
				protocol.eResource().getErrors().get(0).getMessage());
	}

	@Test
	void anOversizedNumberIsNamedWithTheAllowedRange() throws Exception {
		Protocol protocol = parser.parse("protocole essai \"Titre\" {\n  lieu l \"L\" : fablab { surface 99999999999999999999 m² }\n}\n");
		assertEquals(1, protocol.eResource().getErrors().size(), () -> protocol.eResource().getErrors().toString());
		assertEquals("« 99999999999999999999 » est un nombre trop grand : un nombre entier va de 0 à 2\u202F147\u202F483\u202F647",
				protocol.eResource().getErrors().get(0).getMessage());
		assertEquals(2, protocol.eResource().getErrors().get(0).getLine());
	}

	@Test
	void syntaxMessagesExistInEnglishToo() throws Exception {
		java.util.Locale.setDefault(java.util.Locale.ENGLISH);
		try {
			Protocol string = parser.parse("protocole essai \"Titre {\n}\n");
			assertEquals("unterminated string, opened on line 1: its quote (\") is never closed", string.eResource().getErrors().get(0).getMessage());
			Protocol number = parser.parse("protocole essai \"T\" { durée 3000000000 jours }");
			assertEquals("\"3000000000\" is too large a number: a whole number goes from 0 to 2,147,483,647",
					number.eResource().getErrors().get(0).getMessage());
		} finally {
			java.util.Locale.setDefault(java.util.Locale.FRENCH);
		}
	}
}
