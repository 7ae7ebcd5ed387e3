/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

/** The families of data-quality defects an import of places reports, each with its French label. */
public enum DefectKind {
	COMMUNE_CODE_ZERO("code commune à 0 ou vide"),
	LEADING_ZERO_DROPPED("code commune sans son zéro initial"),
	ARRONDISSEMENT_CODE("code d'arrondissement municipal au lieu du code de la commune"),
	FORMER_COMMUNE_CODE("ancien code de commune (commune fusionnée)"),
	UNKNOWN_COMMUNE_CODE("code commune inconnu"),
	COMMUNE_NOT_FOUND("commune introuvable"),
	REGION_NAME_MISSPELLED("nom de région mal orthographié"),
	REGION_MISSING("région manquante"),
	REGION_MISMATCH("région incohérente avec la commune"),
	OVERSEAS_DEPARTEMENT_MISMATCH("ligne d'outre-mer au code département erroné"),
	DEPARTEMENT_MISMATCH("code département incohérent avec la commune"),
	DUPLICATE_NAME("nom en double"),
	MISSING_TYPE("type manquant"),
	UNKNOWN_TYPE("type inconnu"),
	MISSING_COORDINATES("coordonnées manquantes");

	private final String label;

	DefectKind(String label) {
		this.label = label;
	}

	/** French label, e.g. "nom en double". */
	public String label() {
		return label;
	}
}
