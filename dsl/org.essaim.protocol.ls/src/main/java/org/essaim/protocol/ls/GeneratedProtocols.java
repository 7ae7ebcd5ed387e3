/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ls;

import java.util.Random;

/**
 * Realistic protocols of any size for the benchmark: actors of every kind, a round table, places, method cards,
 * chains of phases with participants, durations, deliverables and decisions, residences, prototypes and funding,
 * with doc comments and French prose, in the proportions of the example library.
 */
final class GeneratedProtocols {

	private static final String[] KINDS = { "collectivité", "service-État", "entreprise", "ESS", "association", "citoyens", "recherche",
			"école", "designer", "financeur", "réseau", "pôle-cluster" };

	private final Random random;

	GeneratedProtocols(long seed) {
		this.random = new Random(seed);
	}

	/** A protocol named {@code name} of about {@code targetBytes} characters; returns the text and counts its phases. */
	Generated protocol(String name, int targetBytes) {
		StringBuilder text = new StringBuilder(targetBytes + 4096);
		text.append("/** Protocole généré pour mesurer l'analyse : ").append(name).append(". */\n");
		text.append("protocole ").append(name).append(" \"Protocole ").append(name).append("\" {\n");
		text.append("\trésumé \"Une collectivité, des habitants et une équipe pluridisciplinaire co-construisent un service public.\"\n");
		text.append("\tversion \"1.0\"\n\tlicence \"CC BY-SA 4.0\"\n\tauteurs \"Essaim\"\n");
		int actors = 12;
		for (int a = 0; a < actors; a++) {
			text.append("\t/** Acteur ").append(a).append(" : il porte, finance ou accompagne le projet sur le territoire. */\n");
			text.append("\tacteur acteur").append(a).append(" \"Acteur n°").append(a).append("\" : ").append(KINDS[a % KINDS.length])
					.append(a % 2 == 0 ? " droit-public" : " droit-privé").append(" local\n");
		}
		text.append("\ttour de table table_initiale \"Tour de table initial\" : acteur0, acteur1, acteur2, acteur3\n");
		text.append("\tlieu tiers_lieu \"Tiers-lieu\" : lieu-partagé, coworking { surface 300 m² accueille 10 entreprises }\n");
		text.append("\tméthode atelier \"Atelier de co-conception\" {\n\t\tdurée 3 heures\n\t\ttaille de 8 à 20 personnes\n")
				.append("\t\tétape \"Accueil et règles du jeu\" 20 minutes\n\t\tétape \"Idéation\" 90 minutes\n\t\tétape \"Restitution\" 40 minutes\n\t}\n");
		int phases = 0;
		while (text.length() < targetBytes) {
			phases++;
			text.append("\t/** Phase ").append(phases).append(" : écoute, prototypage et restitution avec les usagers. */\n");
			text.append("\tphase phase").append(phases).append(" \"Phase n°").append(phases).append("\" {\n");
			text.append("\t\tdescription \"Les participants observent les usages, formulent des hypothèses et les testent en situation réelle.\"\n");
			if (phases > 1) {
				text.append("\t\taprès phase").append(phases - 1);
				if (phases > 3 && random.nextBoolean()) {
					text.append(", phase").append(phases - 3);
				}
				text.append('\n');
			}
			text.append("\t\tparticipants acteur").append(random.nextInt(actors)).append(" comme \"pilote\", acteur").append(random.nextInt(actors))
					.append(", table_initiale\n");
			if (phases % 10 == 0) {
				text.append("\t\tdurée 2 mois\n"); // long enough for the residence that takes place during it
			} else {
				text.append("\t\tdurée ").append(1 + random.nextInt(6)).append(random.nextBoolean() ? " semaines\n" : " jours\n");
			}
			text.append("\t\tméthode atelier\n\t\tlieu tiers_lieu\n");
			text.append("\t\tlivrable \"Compte rendu de la phase ").append(phases).append("\" sous licence \"CC BY-SA 4.0\"\n");
			text.append("\t\tdécision \"Poursuivre ou non\" par acteur0 selon \"consensus\"\n");
			text.append("\t\tcritère \"Au moins dix usagers rencontrés\"\n\t}\n");
			if (phases % 10 == 0) {
				text.append("\trésidence residence").append(phases).append(" \"Résidence\" {\n\t\tpendant phase").append(phases)
						.append("\n\t\taccueil acteur0\n\t\téquipe 2 designers, sociologue\n\t\timmersion 1 semaine sur 1 mois\n\t}\n");
				text.append("\tprototype prototype").append(phases).append(" \"Prototype\" {\n\t\thypothèse \"Un guichet mobile touche plus d'habitants\"\n")
						.append("\t\ttest \"Deux semaines sur le marché\"\n\t\tcritère \"50 habitants servis\"\n\t\tstatut échoué\n")
						.append("\t\tenseignement \"Le marché n'est pas le bon moment pour des démarches longues.\"\n\t}\n");
				text.append("\tfinancement financement").append(phases).append(" \"Subvention\" {\n\t\tinstrument subvention\n\t\tfinanceur acteur0\n")
						.append("\t\tmontant \"").append(10 + random.nextInt(90)).append(" k€\"\n\t\tpériode de 2016 à 2018\n\t}\n");
			}
		}
		text.append("}\n");
		return new Generated(text.toString(), phases);
	}

	record Generated(String text, int phases) {
	}
}
