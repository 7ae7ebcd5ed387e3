/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.essaim.core.EssaimWorkspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidePublisherTest {

	@TempDir
	Path workspace;
	@TempDir
	Path out;

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	private void writeSources() throws IOException {
		Files.writeString(workspace.resolve("residence.coop"), """
				protocole residence "Résidence <b>de</b> designers" {
				  résumé "Une équipe en résidence."
				  acteur mairie "La mairie" : collectivité
				  phase immersion "Immersion" { participants mairie livrable "Carnet" }
				  phase restitution "Restitution" { après immersion participants mairie }
				}
				""");
		Files.writeString(workspace.resolve("TEST.case"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="TEST"
				    title="Une résidence à Nantes"
				    protocol="residence">
				  <summary>Un cas d'essai.</summary>
				  <territories name="Nantes" kind="metropole"/>
				  <sources document="004_f695345749e5eed6.txt" lines="12-14">
				    <quote>une citation exacte</quote>
				  </sources>
				</casestudy:CaseStudy>
				""");
	}

	@Test
	void writesAHomePageAPagePerProtocolAndPerCase() throws IOException {
		writeSources();
		try (GuidePublisher publisher = new GuidePublisher()) {
			PublishReport report = publisher.publish(EssaimWorkspace.load(workspace), out);
			assertEquals(List.of(out.resolve("index.html"), out.resolve("protocoles/residence.html"), out.resolve("cas/TEST.html")),
					report.pages());
			assertEquals(List.of(), report.warnings());
		}
		String index = AsciidocTextTest.visibleText(Files.readString(out.resolve("index.html")));
		assertTrue(index.contains("Résidence <b>de</b> designers"), "user text shown as typed");
		assertTrue(index.contains("l'innovation territoriale"), "apostrophes of generated labels survive MessageFormat");
		assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"cas/TEST.html\""));
		String protocol = AsciidocTextTest.visibleText(Files.readString(out.resolve("protocoles/residence.html")));
		assertTrue(protocol.indexOf("1. Immersion") < protocol.indexOf("2. Restitution"), protocol);
		assertTrue(protocol.contains("Une résidence à Nantes"), "the protocol lists the cases that followed it");
		String caseSheet = AsciidocTextTest.visibleText(Files.readString(out.resolve("cas/TEST.html")));
		assertTrue(caseSheet.contains("une citation exacte"));
		assertTrue(caseSheet.contains("métropole"), "enumerations are shown with their French label");
		assertTrue(Files.readString(out.resolve("cas/TEST.html")).contains("href=\"../protocoles/residence.html\""));
	}

	@Test
	void theSameWorkspaceGivesTheSameBytes() throws IOException {
		writeSources();
		Path second = out.resolve("second");
		try (GuidePublisher publisher = new GuidePublisher()) {
			publisher.publish(EssaimWorkspace.load(workspace), out.resolve("first"));
			publisher.publish(EssaimWorkspace.load(workspace), second);
		}
		for (String page : List.of("index.html", "protocoles/residence.html", "cas/TEST.html")) {
			assertArrayEquals(Files.readAllBytes(out.resolve("first").resolve(page)), Files.readAllBytes(second.resolve(page)), page);
		}
	}

	@Test
	void idsCannotWriteOutsideTheOutputFolder() {
		assertEquals("------etc-passwd", PageNames.safe("../../etc/passwd"));
	}
}
