/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A column that holds a list of parts of a case (actors, sources...): one part per line of the cell, each line a
 * CSV record of the part's fields in {@link #fields} order. Reversible whatever the text holds (quotes, commas,
 * line breaks are quoted by CSV's own rules), and readable in a spreadsheet as one line per part.
 */
record ListColumn(String name, EReference reference, List<String> fields, String meaning) {

	EClass partClass() {
		return reference.getEReferenceType();
	}
}
