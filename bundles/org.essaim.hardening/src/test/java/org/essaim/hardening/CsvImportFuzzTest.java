/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseProblem;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.csv.CaseCsvMerge;
import org.essaim.model.csv.CaseCsvReader;
import org.essaim.model.csv.CsvRow;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a CSV import give rows (each readable or carrying its errors) or an IOException with a
 * message; every readable row merges into an existing case and validates; a case without errors saves (the
 * import refuses the others, with their line) without an exception.
 */
class CsvImportFuzzTest {

	@FuzzTest(maxDuration = "5m")
	void anyBytesGiveRowsOrAClearError(byte[] input) {
		List<CsvRow> rows;
		try {
			rows = CaseCsvReader.read(new String(input, StandardCharsets.UTF_8));
		} catch (IOException e) {
			assertNotNull(e.getMessage());
			assertFalse(e.getMessage().isBlank(), "a CSV error without a message");
			return;
		}
		for (CsvRow row : rows) {
			assertTrue(row.line() >= 1, "a row without its line");
			row.errors().forEach(error -> assertFalse(error == null || error.isBlank(), "a row error without a message"));
			if (!row.readable()) {
				continue;
			}
			CaseStudy existing = CasestudyFactory.eINSTANCE.createCaseStudy();
			existing.setId("EXISTANT");
			existing.setTitle("Un cas existant");
			CaseCsvMerge.apply(EcoreUtil.copy(row.caseStudy()), existing);
			// As import-csv does: a case with an error is refused with its line; one without must save.
			for (CaseStudy imported : List.of(existing, row.caseStudy())) {
				List<CaseProblem> problems = CaseValidator.validate(imported);
				problems.forEach(problem -> assertNotNull(problem.message()));
				if (problems.stream().noneMatch(CaseProblem::isError)) {
					assertTrue(CaseFiles.toBytes(imported).length > 0);
				}
			}
		}
	}
}
