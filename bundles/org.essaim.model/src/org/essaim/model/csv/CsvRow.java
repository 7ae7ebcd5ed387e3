/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.util.List;

import org.essaim.model.casestudy.CaseStudy;

/**
 * One row of an imported CSV file: the case it describes (only the columns of the CSV are set), or the reasons it
 * could not be read, each naming the line and the column.
 */
public record CsvRow(int line, CaseStudy caseStudy, List<String> errors) {

	public boolean readable() {
		return errors.isEmpty();
	}
}
