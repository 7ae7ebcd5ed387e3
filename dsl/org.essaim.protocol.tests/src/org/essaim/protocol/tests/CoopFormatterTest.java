/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays out a protocol written on one line, keeps comments, and leaves a formatted one unchanged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class CoopFormatterTest {

	private static final String FORMATTED = """
			importe methodes.*

			protocole p "P" {
				résumé "Un résumé"
				acteur a "A" : collectivité droit-public local
				acteur b "B" : association
				/** Le tour de table. */
				tour de table t "T" : a, b

				phase un "Un" {
					description "La première phase"
					participants a comme "pilote", b
					durée de 2 à 6 mois
					livrable "Carnet" sous licence "CC BY-SA 4.0"
				}
				méthode m "M" {
					étape "Accueil" 30 minutes
				}
			}
			""";

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void aProtocolOnOneLineIsLaidOut() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					importe   methodes.*   protocole p "P" { résumé   "Un résumé" acteur a "A" : collectivité droit-public local acteur b "B":association
					/** Le tour de table. */
					tour de table t "T" : a ,b

					phase un "Un" {   description "La première phase" participants a comme "pilote" , b durée de 2 à 6 mois livrable "Carnet" sous licence "CC BY-SA 4.0" }
					méthode m "M" { étape "Accueil" 30 minutes } }
					""");
			request.setExpectation(FORMATTED);
		});
	}

	@Test
	void aFormattedProtocolStaysAsItIs() {
		formatter.assertFormatted(request -> request.setToBeFormatted(FORMATTED));
	}
}
