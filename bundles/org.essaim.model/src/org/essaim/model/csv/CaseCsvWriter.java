/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Source;

/** Writes cases as CSV, one row per case, and the codebook that says what each column holds. */
public final class CaseCsvWriter {

	/** RFC 4180 with a header; line breaks inside cells are kept (quoted). */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
	/** The format of a list cell: one part per line. */
	static final CSVFormat PART_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private CaseCsvWriter() {
	}

	public static void write(List<CaseStudy> cases, Writer out) throws IOException {
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(CaseCsvLayout.header().toArray(String[]::new)).get())) {
			for (CaseStudy c : cases) {
				printer.printRecord(row(c));
			}
		}
	}

	static List<String> row(CaseStudy c) throws IOException {
		List<String> cells = new ArrayList<>();
		for (EAttribute attribute : CaseCsvLayout.SCALARS) {
			cells.add(text(c, attribute));
		}
		for (ListColumn list : CaseCsvLayout.LISTS) {
			cells.add(listCell(c, list));
		}
		return cells;
	}

	private static String listCell(CaseStudy c, ListColumn list) throws IOException {
		@SuppressWarnings("unchecked")
		List<EObject> parts = (List<EObject>) c.eGet(list.reference());
		if (parts.isEmpty()) {
			return "";
		}
		StringWriter cell = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(cell, PART_FORMAT)) {
			for (EObject part : parts) {
				List<String> fields = new ArrayList<>();
				for (String name : list.fields()) {
					fields.add(text(part, part.eClass().getEStructuralFeature(name)));
				}
				printer.printRecord(fields);
			}
		}
		return cell.toString().stripTrailing();
	}

	/** A feature as text: enums by name (as in .case files), lists joined by line, evidence as source ids. */
	static String text(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.getName().equals("evidence")) {
			@SuppressWarnings("unchecked")
			List<Source> sources = (List<Source>) value;
			return sources.stream().map(Source::getId).collect(Collectors.joining(" "));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining("\n"));
		}
		if (value == null || !object.eIsSet(feature) && !(feature.getEType() instanceof EEnum)) {
			return "";
		}
		return value instanceof Enumerator enumerator ? enumerator.getName() : String.valueOf(value);
	}
}
