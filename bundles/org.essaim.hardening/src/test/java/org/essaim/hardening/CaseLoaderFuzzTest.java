/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a {@code .case} file load into a case or fail with a CaseLoadException that says where and
 * why; a case that loads validates, and saving it gives a file that loads back into the same bytes (nothing lost).
 */
class CaseLoaderFuzzTest {

	private static Path folder;
	private static Path file;

	@BeforeAll
	static void createFile() throws IOException {
		folder = Files.createTempDirectory("essaim-fuzz-case");
		file = folder.resolve("FUZZ.case");
	}

	@AfterAll
	static void deleteFile() throws IOException {
		Files.deleteIfExists(file);
		Files.deleteIfExists(folder.resolve("RESAVED.case"));
		Files.deleteIfExists(folder);
	}

	@FuzzTest(maxDuration = "5m")
	void anyBytesLoadOrFailClearly(byte[] input) throws IOException {
		Files.write(file, input);
		CaseStudy caseStudy;
		try {
			caseStudy = CaseFiles.load(file);
		} catch (CaseLoadException e) {
			assertNotNull(e.getReason());
			assertFalse(e.getReason().isBlank(), "a load error without a reason");
			assertTrue(e.getLine() >= 0 && e.getColumn() >= 0, "a negative position");
			return;
		}
		CaseValidator.validate(caseStudy).forEach(problem -> assertNotNull(problem.message()));
		byte[] saved = CaseFiles.toBytes(caseStudy);
		Path resaved = folder.resolve("RESAVED.case");
		CaseFiles.writeAtomically(resaved, saved);
		try {
			assertArrayEquals(saved, CaseFiles.toBytes(CaseFiles.load(resaved)), "saving then loading changed the case");
		} catch (CaseLoadException e) {
			throw new AssertionError("a case that loaded was saved into a file that does not load: " + e.getMessage(), e);
		}
	}
}
