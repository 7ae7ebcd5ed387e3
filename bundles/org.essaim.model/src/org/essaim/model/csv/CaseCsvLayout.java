/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.essaim.model.casestudy.CasestudyPackage.Literals;

/**
 * The columns of the CSV export, in order: the case's own fields, then its lists of parts. What is not here
 * (narrative sections, phases, places, residences, experiments, follow-ups, body) is kept untouched by an import.
 */
final class CaseCsvLayout {

	static final List<EAttribute> SCALARS = List.of(Literals.CASE_STUDY__ID, Literals.CASE_STUDY__TITLE, Literals.CASE_STUDY__SUMMARY,
			Literals.CASE_STUDY__LANGUAGE, Literals.CASE_STUDY__LICENCE, Literals.CASE_STUDY__STATUS, Literals.CASE_STUDY__COMPLETENESS,
			Literals.CASE_STUDY__PROCESS_STATUS, Literals.CASE_STUDY__PERIOD_START, Literals.CASE_STUDY__PERIOD_END,
			Literals.CASE_STUDY__PERIOD_TEXT, Literals.CASE_STUDY__ONGOING, Literals.CASE_STUDY__PROTOCOL, Literals.CASE_STUDY__PROTOCOL_VERSION,
			Literals.CASE_STUDY__AUTHORS, Literals.CASE_STUDY__CREATED, Literals.CASE_STUDY__UPDATED, Literals.CASE_STUDY__REVIEWED_BY,
			Literals.CASE_STUDY__REVIEWED_AT);

	/** Sources come first among the lists: the others cite them by id. */
	static final List<ListColumn> LISTS = List.of(
			new ListColumn("sources", Literals.CASE_STUDY__SOURCES, List.of("id", "document", "lines", "page", "quote", "url"),
					"sources : identifiant, document, lignes, page, citation exacte, adresse"),
			new ListColumn("territories", Literals.CASE_STUDY__TERRITORIES, List.of("name", "kind", "region", "population", "kindInferred", "evidence"),
					"territoires : nom, type, région, population, type déduit (true/false), sources"),
			new ListColumn("actors", Literals.CASE_STUDY__ACTORS, List.of("name", "kind", "role", "evidence"),
					"acteurs : nom, type, rôle, sources"),
			new ListColumn("fundings", Literals.CASE_STUDY__FUNDINGS,
					List.of("instrument", "instrumentDetail", "funder", "amount", "amountEuros", "period", "evidence"),
					"financements : instrument, instrument tel qu'écrit, financeur, montant tel qu'écrit, montant en euros, période, sources"),
			new ListColumn("outcomes", Literals.CASE_STUDY__OUTCOMES, List.of("kind", "description", "evidence"),
					"résultats : type, description, sources"),
			new ListColumn("lessons", Literals.CASE_STUDY__LESSONS, List.of("text", "fromFailure", "evidence"),
					"enseignements : texte, tiré d'un échec (true/false), sources"),
			new ListColumn("relations", Literals.CASE_STUDY__RELATIONS, List.of("kind", "target", "note"),
					"cas liés : type de relation, identifiant du cas, note"));

	private CaseCsvLayout() {
	}

	static List<String> header() {
		List<String> names = new java.util.ArrayList<>(SCALARS.stream().map(EAttribute::getName).toList());
		LISTS.forEach(list -> names.add(list.name()));
		return names;
	}
}
