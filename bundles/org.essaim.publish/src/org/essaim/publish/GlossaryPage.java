/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.essaim.model.casestudy.CasestudyPackage;

/**
 * The glossary, generated from the case model's vocabularies: each controlled term with its label and, where the
 * guide's messages give one, its definition from the sources.
 */
final class GlossaryPage {

	/** The vocabularies a reader meets on the case sheets, in the order of a case sheet. */
	private static final List<String> VOCABULARIES = List.of("TerritoryKind", "ActorKind", "PlaceKind", "Discipline", "FundingInstrument",
			"OutcomeKind", "ExperimentStatus", "ProcessStatus", "Completeness", "RelationKind");

	private GlossaryPage() {
	}

	static String asciidoc(Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("glossary"));
		page.paragraphs(Labels.text("glossaryLead"));
		for (String name : VOCABULARIES) {
			if (!(CasestudyPackage.eINSTANCE.getEClassifier(name) instanceof EEnum vocabulary)) {
				continue;
			}
			page.section(Labels.has("vocab." + name) ? Labels.text("vocab." + name) : name);
			StringBuilder list = new StringBuilder();
			for (EEnumLiteral literal : vocabulary.getELiterals()) {
				String key = "def." + name + "." + literal.getName();
				list.append(AsciidocText.inline(literal.getLiteral())).append(":: ")
						.append(Labels.has(key) ? AsciidocText.inline(Labels.text(key)) : "{empty}").append('\n');
			}
			page.raw(list.append('\n').toString());
		}
		return page.toString();
	}
}
