/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.essaim.model.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-csv, import-csv and bench, as a researcher runs them on a workspace. */
class CsvAndBenchCommandsTest {

	@TempDir
	Path cwd;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void copyThreeCases() throws IOException {
		Files.createDirectories(cwd.resolve("ws/cases"));
		for (String id : new String[] { "CAUMONT", "TERRES", "TERRCAMP" }) {
			Files.copy(Path.of("../../examples/cases/" + id + ".case"), cwd.resolve("ws/cases/" + id + ".case"));
		}
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	@Test
	void exportThenImportChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(cwd.resolve("ws/cases/TERRES.case"));
		assertEquals(0, run("export-csv", "ws", "--out", "cas.csv", "--codebook", "codes.csv"));
		assertTrue(out.toString(UTF_8).contains("3 cas exporté(s)"), out.toString(UTF_8));
		assertTrue(Files.readString(cwd.resolve("codes.csv")).startsWith("colonne,signification,valeurs admises"));
		assertEquals(0, run("import-csv", "cas.csv", "ws"), err.toString(UTF_8));
		assertTrue(out.toString(UTF_8).contains("0 cas créé(s), 0 mis à jour, 3 inchangé(s), 0 refusé(s)"), out.toString(UTF_8));
		assertEquals(new String(before, UTF_8), Files.readString(cwd.resolve("ws/cases/TERRES.case")));
	}

	@Test
	void anEditedCellUpdatesItsCaseAndANewRowCreatesOne() throws Exception {
		run("export-csv", "ws", "--out", "cas.csv", "--ids", "CAUMONT");
		String csv = Files.readString(cwd.resolve("cas.csv"));
		String edited = csv.replace("CAUMONT,", "CAUMONT,Titre corrigé — ").stripTrailing() + "\r\nNOUVEAU,Un nouveau cas\r\n";
		Files.writeString(cwd.resolve("cas.csv"), edited);
		assertEquals(0, run("import-csv", "cas.csv", "ws"), err.toString(UTF_8));
		assertTrue(out.toString(UTF_8).contains("1 cas créé(s), 1 mis à jour"), out.toString(UTF_8));
		assertTrue(CaseFiles.load(cwd.resolve("ws/cases/CAUMONT.case")).getTitle().startsWith("Titre corrigé — "));
		assertEquals("Un nouveau cas", CaseFiles.load(cwd.resolve("ws/cases/NOUVEAU.case")).getTitle());
	}

	@Test
	void aBadRowIsRefusedWithItsLineAndNothingIsWrittenForIt() throws Exception {
		Files.writeString(cwd.resolve("bad.csv"), "id,title,completeness\r\nCAUMONT,Caumont,presque\r\n");
		byte[] before = Files.readAllBytes(cwd.resolve("ws/cases/CAUMONT.case"));
		assertEquals(1, run("import-csv", "bad.csv", "ws"));
		assertTrue(err.toString(UTF_8).contains("bad.csv:2: error: ligne 2, colonne « completeness » : valeur « presque » inconnue"), err.toString(UTF_8));
		assertEquals(new String(before, UTF_8), Files.readString(cwd.resolve("ws/cases/CAUMONT.case")));
	}

	@Test
	void anUnknownIdToExportIsACommandLineError() {
		assertEquals(2, run("export-csv", "ws", "--out", "cas.csv", "--ids", "INCONNU"));
		assertFalse(Files.exists(cwd.resolve("cas.csv")));
	}

	@Test
	void theCaseBenchmarkPrintsItsFigures() {
		assertEquals(0, run("bench", "cases", "--count", "50"));
		String printed = out.toString(UTF_8);
		assertTrue(printed.contains("50 cas générés"), printed);
		assertTrue(printed.matches("(?s).*chargement \\+ validation : \\d+ cas/s, [\\d,.]+ Mo/s .*pic du tas : \\d+ Mo ; 0 problème\\(s\\).*"), printed);
	}
}
