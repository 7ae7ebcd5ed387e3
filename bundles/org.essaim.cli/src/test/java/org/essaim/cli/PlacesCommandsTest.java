/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-places and territoire on a workspace holding the 2019 census and three cases. */
class PlacesCommandsTest {

	@TempDir
	Path cwd;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void workspace() throws IOException {
		Files.createDirectories(cwd.resolve("ws/cases"));
		for (String id : new String[] { "CHOLETAIS", "CAUMONT", "TERRES" }) {
			Files.copy(Path.of("../../examples/cases/" + id + ".case"), cwd.resolve("ws/cases/" + id + ".case"));
		}
		Files.copy(Path.of("../../examples/lieux/CGET_TiersLieux_2019.csv"), cwd.resolve("recensement.csv"));
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	@Test
	void importsTheCensusWithItsReportAndRerunsIdempotently() throws IOException {
		assertEquals(0, run("import-places", "ws", "recensement.csv"), err.toString(UTF_8));
		String summary = out.toString(UTF_8);
		assertTrue(summary.contains("1512 lignes lues (CSV, UTF-8, séparateur : virgule)"), summary);
		assertTrue(summary.contains("157  code commune à 0 ou vide"), summary);
		assertTrue(summary.contains("303  code d'arrondissement municipal"), summary);
		Path register = cwd.resolve("ws/lieux/recensement.places");
		Path report = cwd.resolve("ws/lieux/recensement.rapport.txt");
		assertTrue(Files.readString(report).contains("ligne    2  lieu-2"), "the report names defects by row");
		byte[] first = Files.readAllBytes(register);
		assertEquals(0, run("import-places", "ws", "recensement.csv"));
		assertTrue(out.toString(UTF_8).contains("inchangés"), out.toString(UTF_8));
		assertArrayEquals(first, Files.readAllBytes(register));
	}

	@Test
	void readsAStatedLatin1SemicolonFile() throws IOException {
		String text = "ID;NOM_TL;INSEECOM;NOMCOM;INSEEDEP;NOMREG;TYPO;LAT;LONG\n1;La Fabrique;44109;Nantes;44;Pays de la Loire;Tiers lieux à dominante fablab;47.2;-1.55\n";
		Files.write(cwd.resolve("latin.csv"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertEquals(0, run("import-places", "ws", "latin.csv"), err.toString(UTF_8));
		assertTrue(out.toString(UTF_8).contains("1 lignes lues (CSV, Latin-1 (Windows-1252), séparateur : point-virgule)"), out.toString(UTF_8));
		assertEquals(0, run("import-places", "ws", "latin.csv", "--encoding", "latin-1", "--separator", ";"), err.toString(UTF_8));
		assertEquals(2, run("import-places", "ws", "latin.csv", "--encoding", "ebcdic"));
	}

	@Test
	void printsTheSheetOfARegionAndWritesItsMap() throws IOException {
		assertEquals(0, run("import-places", "ws", "recensement.csv"));
		assertEquals(0, run("territoire", "ws", "Pays de la Loire"), err.toString(UTF_8));
		String sheet = out.toString(UTF_8);
		assertTrue(sheet.startsWith("= Diagnostic territorial : Pays de la Loire"), sheet);
		assertTrue(sheet.contains("64 lieu(x)"), sheet);
		assertTrue(sheet.contains("*CHOLETAIS*"), "the Choletais (Maine-et-Loire) lies in the région");
		assertEquals(0, run("territoire", "ws", "58", "--out", "fiches/nievre.adoc"), err.toString(UTF_8));
		assertTrue(Files.readString(cwd.resolve("fiches/nievre.svg")).contains("data-code=\"58\""));
		assertTrue(Files.readString(cwd.resolve("fiches/nievre.adoc")).contains("image::nievre.svg"));
		assertEquals(1, run("territoire", "ws", "Atlantide"));
	}
}
