/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.CaseStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

	@TempDir
	Path folder;

	@Test
	void aSavedCaseLoadsBackEqual() throws Exception {
		CaseStudy original = SampleCases.full();
		Path file = folder.resolve("CAUMONT.case");
		CaseFiles.save(original, file);
		assertTrue(EcoreUtil.equals(original, CaseFiles.load(file)));
	}

	@Test
	void theSameCaseAlwaysGivesTheSameBytes() throws IOException {
		assertArrayEquals(CaseFiles.toBytes(SampleCases.full()), CaseFiles.toBytes(SampleCases.full()));
	}

	@Test
	void aOneFieldChangeIsAOneLineDiff() throws IOException {
		CaseStudy changed = SampleCases.full();
		changed.getTerritories().get(0).setRegion("Vaucluse");
		List<String> before = new String(CaseFiles.toBytes(SampleCases.full()), UTF_8).lines().toList();
		List<String> after = new String(CaseFiles.toBytes(changed), UTF_8).lines().toList();
		assertEquals(before.size(), after.size());
		long differentLines = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
		assertEquals(1, differentLines);
	}

	@Test
	void aFailedSaveLeavesTheOriginalWhole() throws Exception {
		Path file = folder.resolve("CAUMONT.case");
		CaseFiles.save(SampleCases.full(), file);
		byte[] before = Files.readAllBytes(file);
		CaseStudy unsavable = SampleCases.full();
		unsavable.setTitle("Titre avec un caractère interdit en XML \u0000");
		assertThrows(Exception.class, () -> CaseFiles.save(unsavable, file));
		assertArrayEquals(before, Files.readAllBytes(file));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void malformedXmlIsReportedWithLineAndColumn() throws IOException {
		Path file = folder.resolve("broken.case");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casestudy:CaseStudy xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\"\n id=\"X\">\n  <summary>unclosed\n</casestudy:CaseStudy>\n");
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertEquals(5, e.line());
		assertTrue(e.column() > 0);
	}

	@Test
	void aTruncatedFileIsReportedNotCrashed() throws IOException {
		Path file = folder.resolve("CAUMONT.case");
		CaseFiles.save(SampleCases.full(), file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertTrue(e.line() > 1, "line of the truncation: " + e.line());
	}

	@Test
	void externalEntitiesAreRefusedAndNoFileIsRead() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		Path file = folder.resolve("xxe.case");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<casestudy:CaseStudy xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" id=\"X\" title=\"&x;\"/>\n");
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void anUnknownEnumLiteralIsNamed() throws IOException {
		Path file = folder.resolve("enum.case");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casestudy:CaseStudy xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
				+ "    xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" id=\"X\" title=\"T\">\n"
				+ "  <territories name=\"Paris\" kind=\"megalopole\"/>\n</casestudy:CaseStudy>\n");
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertTrue(e.getMessage().contains("megalopole"), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void aFileFromANewerModelVersionIsExplained() throws IOException {
		Path file = folder.resolve("newer.case");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casestudy:CaseStudy xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
				+ "    xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" id=\"X\" title=\"T\" futureField=\"v\"/>\n");
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertTrue(e.getMessage().contains("futureField"), e.getMessage());
	}
}
