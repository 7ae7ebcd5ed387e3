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

/** {@code essaim publish}: formats, language, and --strict turning warnings into a failure. */
class PublishCommandTest {

	@TempDir
	Path cwd;

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
				  acteur mairie "La mairie" : collectivité
				  phase immersion "Immersion" { participants mairie livrable "Carnet" }
				}
				""");
	}

	private int run(String... args) {
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	@Test
	void publishesTheSiteAndTheBook() {
		assertEquals(0, run("publish", "ws", "--out", "guide", "--format", "html,pdf", "--strict"), err.toString(UTF_8));
		assertTrue(Files.isRegularFile(cwd.resolve("guide/protocoles/residence.html")));
		assertTrue(Files.isRegularFile(cwd.resolve("guide/guide.pdf")));
		assertTrue(out.toString(UTF_8).contains("guide.pdf"), out.toString(UTF_8));
	}

	@Test
	void strictFailsOnAWarningAndSaysWhere() throws IOException {
		Files.createDirectories(cwd.resolve("ws/guide"));
		Files.writeString(cwd.resolve("ws/guide/intro.adoc"), "= Intro\n\nUn texte.\n\ninclude::absent.adoc[]\n");
		assertEquals(0, run("publish", "ws", "--out", "guide"), "without --strict a warning does not fail");
		assertEquals(1, run("publish", "ws", "--out", "guide", "--strict"));
		assertTrue(err.toString(UTF_8).contains("guide/intro.adoc:5: "), err.toString(UTF_8));
	}

	@Test
	void englishLabelsOnRequest() throws IOException {
		assertEquals(0, run("publish", "ws", "--out", "guide", "--lang", "en"), err.toString(UTF_8));
		assertTrue(Files.readString(cwd.resolve("guide/index.html")).contains("Essaim practice guide"));
	}

	@Test
	void unknownFormatOrLanguageIsAUsageError() {
		assertEquals(2, run("publish", "ws", "--out", "guide", "--format", "docx"));
		assertEquals(2, run("publish", "ws", "--out", "guide", "--lang", "de"));
	}
}
