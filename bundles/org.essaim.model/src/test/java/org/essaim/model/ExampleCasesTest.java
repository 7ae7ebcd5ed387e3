/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example cases of the repository (examples/cases) are valid, sourced and in canonical form. */
class ExampleCasesTest {

	/** Tests run in the bundle's folder: the repository root is two levels up. */
	private static final Path CASES = Path.of("../../examples/cases");

	static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> files = Files.list(CASES)) {
			return files.filter(file -> file.toString().endsWith("." + CaseFiles.EXTENSION)).sorted().toList();
		}
	}

	@Test
	void theThreeFirstExamplesAreThere() throws IOException {
		List<String> names = exampleFiles().stream().map(file -> file.getFileName().toString()).toList();
		assertTrue(names.containsAll(List.of("CAUMONT.case", "TERRCAMP.case", "TERRES.case")), names::toString);
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void anExampleIsExactlyWhatSaveWrites(Path file) throws Exception {
		assertArrayEquals(Files.readAllBytes(file), CaseFiles.toBytes(CaseFiles.load(file)),
				"réécrire " + file.getFileName() + " avec CaseFiles.save ne doit changer aucun octet");
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void anExampleIsValidLicensedAndCitesItsSources(Path file) throws Exception {
		CaseStudy caseStudy = CaseFiles.load(file);
		assertEquals(file.getFileName().toString(), caseStudy.getId() + "." + CaseFiles.EXTENSION);
		assertEquals(List.of(), CaseValidator.validate(caseStudy));
		assertEquals("CC BY-SA 4.0", caseStudy.getLicence());
		assertFalse(caseStudy.getSources().isEmpty());
		for (Source source : caseStudy.getSources()) {
			assertTrue(source.getLines() != null && source.getLines().matches("\\d+(-\\d+)?"), source.getLines());
			assertFalse(source.getQuote() == null || source.getQuote().isBlank());
		}
	}

	@Test
	void territoiresEnResidencesSpeaksOfResidencesWhereSearchLooksFirst() throws Exception {
		CaseStudy terres = CaseFiles.load(CASES.resolve("TERRES.case"));
		assertTrue(terres.getTitle().toLowerCase(Locale.FRENCH).contains("résidence"));
		assertTrue(terres.getSummary().toLowerCase(Locale.FRENCH).contains("résidence"));
		assertEquals("territoires_en_residences", terres.getProtocol());
	}
}
