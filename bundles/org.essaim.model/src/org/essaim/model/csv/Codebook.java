/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The codebook of the CSV export: each column, what it means, and the values it admits. */
public final class Codebook {

	private Codebook() {
	}

	public static void write(Writer out) throws IOException {
		try (CSVPrinter printer = new CSVPrinter(out, CaseCsvWriter.FORMAT.builder().setHeader("colonne", "signification", "valeurs admises").get())) {
			for (EAttribute attribute : CaseCsvLayout.SCALARS) {
				printer.printRecord(attribute.getName(), meaning(attribute), allowed(attribute));
			}
			for (ListColumn list : CaseCsvLayout.LISTS) {
				printer.printRecord(list.name(), list.meaning() + " — une ligne par élément, champs séparés par des virgules (CSV)",
						partValues(list));
			}
		}
	}

	private static String meaning(EStructuralFeature feature) {
		String documentation = EcoreUtil.getDocumentation(feature);
		return documentation == null ? feature.getName() : documentation;
	}

	private static String allowed(EStructuralFeature feature) {
		if (feature.getEType() instanceof EEnum eEnum) {
			return eEnum.getELiterals().stream().map(l -> l.getName() + " = " + l.getLiteral()).collect(Collectors.joining(" ; "));
		}
		return switch (feature.getEType().getInstanceClass() == null ? "" : feature.getEType().getInstanceClass().getSimpleName()) {
		case "boolean", "Boolean" -> "true ; false";
		case "Integer", "int" -> "nombre entier";
		case "BigDecimal" -> "nombre (point décimal)";
		default -> feature.isMany() ? "texte, une valeur par ligne" : "texte";
		};
	}

	/** For a list column: each field with its admitted values, e.g. "kind : collectivite = collectivité ; ...". */
	private static String partValues(ListColumn list) {
		EClass part = list.partClass();
		List<String> fields = list.fields().stream().map(name -> {
			EStructuralFeature feature = part.getEStructuralFeature(name);
			return name.equals("evidence") ? "evidence : identifiants de sources séparés par des espaces" : name + " : " + allowed(feature);
		}).toList();
		return String.join(" | ", fields);
	}
}
