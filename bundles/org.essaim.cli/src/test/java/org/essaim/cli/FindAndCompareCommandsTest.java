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
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search with facets, similar, compare and bench index, as a researcher runs them on real cases of the corpus. */
class FindAndCompareCommandsTest {

	private static final List<String> CASES = List.of("CAUMONT", "TERRES", "TERRCAMP", "LEADER", "CRTC", "FILIERE-SILVER");

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
	void copyCases() throws IOException {
		Files.createDirectories(cwd.resolve("ws/cases"));
		for (String id : CASES) {
			Files.copy(Path.of("../../examples/cases/" + id + ".case"), cwd.resolve("ws/cases/" + id + ".case"));
		}
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	private String out() {
		return out.toString(UTF_8);
	}

	@Test
	void searchShowsFacetCountsAndNarrowsByFacet() {
		assertEquals(0, run("search", "ws", "*", "--facet", "type=cas", "--index-dir", indexDir.toString()), err.toString(UTF_8));
		assertTrue(out().contains("Facettes (6 résultat(s) en tout) :"), out());
		assertTrue(out().matches("(?s).*Complétude \\(completude\\) : .*\\(\\d\\).*"), out());
		assertEquals(0, run("search", "ws", "mutuelle", "--facet", "territoire=petite_ville", "--index-dir", indexDir.toString()));
		assertTrue(out().startsWith(" 1. [cas] CAUMONT — Mutuelle communale"), out());
	}

	@Test
	void aBadFacetIsAClearError() {
		assertEquals(1, run("search", "ws", "mutuelle", "--facet", "couleur=bleu", "--index-dir", indexDir.toString()));
		assertTrue(err.toString(UTF_8).contains("facette inconnue « couleur »"), err.toString(UTF_8));
	}

	@Test
	void searchJsonMarksDrafts() {
		assertEquals(0, run("search", "ws", "mutuelle", "--json", "--index-dir", indexDir.toString()));
		assertTrue(out().contains("\"status\": \""), out());
		assertTrue(out().matches("(?s).*\"draft\": (true|false)}.*"), out());
	}

	@Test
	void similarListsOtherCasesWithAReason() {
		assertEquals(0, run("similar", "ws", "TERRES", "--limit", "3", "--index-dir", indexDir.toString()), err.toString(UTF_8));
		String printed = out();
		assertTrue(printed.startsWith(" 1. "), printed);
		assertFalse(printed.contains("TERRES —"), printed);
		assertTrue(printed.contains("communs : "), printed);
		assertEquals(0, run("similar", "ws", "TERRES", "--json", "--index-dir", indexDir.toString()));
		assertTrue(out().contains("\"sharedFacets\": ["), out());
		assertEquals(1, run("similar", "ws", "INCONNU", "--index-dir", indexDir.toString()));
		assertTrue(err.toString(UTF_8).contains("INCONNU"), err.toString(UTF_8));
	}

	@Test
	void compareWritesTheMatrixAsCsvAsciiDocAndQca() {
		assertEquals(0, run("compare", "ws", "CAUMONT", "TERRES", "--csv"), err.toString(UTF_8));
		List<String> lines = out().lines().toList();
		assertEquals("Cas,Titre,Territoire,Acteurs,Phases réalisées,Résidence,Prototypes,Financement,Résultat,Enseignements", lines.get(0));
		assertTrue(lines.get(1).startsWith("CAUMONT,Mutuelle communale de Caumont-sur-Durance (Vaucluse),"), lines.get(1));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("TERRES,")), out());
		assertEquals(0, run("compare", "ws", "CAUMONT", "TERRES"));
		assertTrue(out().startsWith("[%header,cols="), out());
		assertTrue(out().contains("|CAUMONT\n|Mutuelle communale"), out());
		assertEquals(0, run("compare", "ws", "--qca"));
		assertTrue(out().startsWith("CAS,TERR_RURAL,"), out());
		assertTrue(out().lines().skip(1).allMatch(l -> l.matches("[A-Z0-9-]+(,[01])+")), out());
		assertEquals(2, run("compare", "ws", "CAUMONT", "INCONNU"));
		assertTrue(err.toString(UTF_8).contains("INCONNU"), err.toString(UTF_8));
	}

	@Test
	void theIndexBenchmarkPrintsItsFigures() {
		assertEquals(0, run("bench", "index", "--count", "300"), err.toString(UTF_8));
		String printed = out();
		assertTrue(printed.contains("300 cas générés"), printed);
		assertTrue(printed.matches("(?s).*indexation complète .*: 300 cas en [\\d,.]+ s, soit \\d+ cas/s ; 0 problème.*"), printed);
		assertTrue(printed.matches("(?s).*rapport Essaim/nu : [\\d,.]+\n.*"), printed);
		assertTrue(printed.matches("(?s).*requêtes mélangées : p50 [\\d,.]+ ms, p99 [\\d,.]+ ms.*"), printed);
		assertTrue(printed.matches("(?s).*enregistrement → visible .*médiane [\\d,.]+ ms.*"), printed);
		assertTrue(printed.contains("taille de l'index"), printed);
		assertTrue(printed.contains("pic du tas"), printed);
	}
}
