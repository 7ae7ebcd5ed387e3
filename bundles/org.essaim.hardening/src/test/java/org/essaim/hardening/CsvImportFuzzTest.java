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
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.csv.CaseCsvMerge;
import org.essaim.model.csv.CaseCsvReader;
import org.essaim.model.csv.CsvRow;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a CSV import give rows (each readable or carrying its errors) or an IOException with a
 * message; every readable row merges into an existing case, validates and saves without an exception.
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
			CaseValidator.validate(existing).forEach(problem -> assertNotNull(problem.message()));
			CaseValidator.validate(row.caseStudy()).forEach(problem -> assertNotNull(problem.message()));
			assertTrue(CaseFiles.toBytes(existing).length > 0);
		}
	}
}
