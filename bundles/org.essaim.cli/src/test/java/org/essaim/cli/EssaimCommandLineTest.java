/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
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

class EssaimCommandLineTest {

	@TempDir
	Path cwd;
	@TempDir
	Path indexDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void writeWorkspace() throws IOException {
		Files.createDirectories(cwd.resolve("ws"));
		Files.writeString(cwd.resolve("ws/residence.coop"), """
				protocole residence "Résidences de designers" {
				  résumé "Une équipe en résidence dans une collectivité."
				  acteur mairie "La mairie" : collectivité
				  phase immersion "Immersion" { participants mairie }
				}
				""");
		Files.writeString(cwd.resolve("ws/camp.coop"), """
				protocole camp "Hackathon territorial" {
				  acteur etalab "Etalab" : service-etat
				  phase hack "Hackathon" { participants etalab }
				}
				""");
	}

	private int run(String... args) {
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	private String out() {
		return out.toString(UTF_8);
	}

	private String err() {
		return err.toString(UTF_8);
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(0, run("--help"));
		for (String command : new String[] { "validate", "index", "search" }) {
			assertTrue(out().contains("essaim " + command), out());
		}
	}

	@Test
	void noArgumentOrAnUnknownCommandIsAUsageError() {
		assertEquals(2, run());
		assertEquals(2, run("frobnicate"));
		assertTrue(err().contains("frobnicate"), err());
	}

	@Test
	void validateAcceptsACleanWorkspace() {
		assertEquals(0, run("validate", "ws"));
		assertTrue(out().contains("2 fichiers vérifiés : aucune erreur"), out());
	}

	@Test
	void validateReportsBrokenFilesAsFileLineColumn() throws IOException {
		Files.writeString(cwd.resolve("ws/casse.coop"), "protocole casse \"Cassé\" {\n  phase vide \"Vide\" { }\n  acteur x \"X\"\n}\n");
		assertEquals(1, run("validate", "ws/casse.coop"));
		assertTrue(out().lines().anyMatch(line -> line.matches("ws/casse\\.coop:4:1: error: .+")), out());
		assertTrue(out().lines().anyMatch(line -> line.matches("ws/casse\\.coop:2:9: error: la phase « vide » n'a aucun participant.*")), out());
	}

	@Test
	void validateOfAMissingPathFails() {
		assertEquals(1, run("validate", "nulle-part"));
		assertTrue(err().contains("nulle-part"), err());
	}

	@Test
	void searchRanksAndShowsHits() {
		assertEquals(0, run("search", "ws", "residences", "--index-dir", indexDir.toString()));
		assertTrue(out().startsWith(" 1. [protocole] residence — Résidences de designers"), out());
	}

	@Test
	void searchWritesJsonOnRequest() {
		assertEquals(0, run("search", "ws", "hackathon", "--json", "--index-dir", indexDir.toString()));
		String json = out().strip();
		assertTrue(json.startsWith("[") && json.endsWith("]"), json);
		assertTrue(json.contains("\"rank\": 1, \"id\": \"camp\", \"kind\": \"protocol\", \"title\": \"Hackathon territorial\""), json);
	}

	@Test
	void searchWithNoResultSaysSo() {
		assertEquals(0, run("search", "ws", "introuvable", "--index-dir", indexDir.toString()));
		assertTrue(out().contains("aucun résultat"), out());
	}

	@Test
	void aBadLimitIsAUsageError() {
		assertEquals(2, run("search", "ws", "x", "--limit", "zéro", "--index-dir", indexDir.toString()));
		assertTrue(err().contains("zéro"), err());
	}

	@Test
	void aWorkspaceThatIsNotAFolderIsAUsageError() {
		assertEquals(2, run("search", "ws/residence.coop", "x", "--index-dir", indexDir.toString()));
		assertTrue(err().contains("n'est pas un dossier"), err());
	}

	@Test
	void anEmptyQueryIsAClearError() {
		assertEquals(1, run("search", "ws", " ", "--index-dir", indexDir.toString()));
		assertTrue(err().contains("vide"), err());
	}

	@Test
	void indexReportsWhatItDid() {
		assertEquals(0, run("index", "ws", "--index-dir", indexDir.toString()));
		assertTrue(out().contains("2 document(s) indexé(s)"), out());
		assertEquals(0, run("index", "ws", "--index-dir", indexDir.toString(), "--rebuild"));
	}

	@Test
	void jsonStringsAreEscaped() {
		assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", SearchHitsJson.quote("a\"b\\c\nd\u0001"));
	}
}
