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
import java.util.stream.Stream;

import org.essaim.core.EssaimWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidePublisherTest {

	/** One publisher for the whole class: JRuby starts once. */
	static final GuidePublisher PUBLISHER = new GuidePublisher();

	@TempDir
	Path workspace;
	@TempDir
	Path out;

	@AfterAll
	static void close() {
		PUBLISHER.close();
	}

	static void writeSources(Path workspace) throws IOException {
		Files.writeString(workspace.resolve("residence.coop"), """
				protocole residence "Résidence <b>de</b> designers" {
				  résumé "Une équipe en résidence."
				  licence "CC BY-SA 4.0"
				  acteur mairie "La mairie" : collectivité
				  acteur equipe "L'équipe" : designer
				  phase immersion "Immersion" { participants mairie comme "accueil", equipe livrable "Carnet" entrée "Un lieu de travail" }
				  phase restitution "Restitution" { après immersion participants mairie }
				}
				""");
		writeCase(workspace, "Un cas d'essai.");
	}

	static void writeCase(Path workspace, String summary) throws IOException {
		Files.writeString(workspace.resolve("TEST.case"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="TEST"
				    title="Une résidence à Nantes"
				    protocol="residence">
				  <summary>%s</summary>
				  <territories name="Nantes" kind="metropole"/>
				  <actors name="Nantes Métropole" kind="collectivite"/>
				  <lessons fromFailure="true"><text>Prévoir un budget de 20 k€ dès le départ.</text></lessons>
				  <sources document="004_f695345749e5eed6.txt" lines="12-14">
				    <quote>une citation exacte</quote>
				  </sources>
				</casestudy:CaseStudy>
				""".formatted(summary));
	}

	private PublishReport publish(PublishOptions options) throws IOException {
		return PUBLISHER.publish(EssaimWorkspace.load(workspace), out, options);
	}

	@Test
	void writesASiteOfChaptersWithAPagePerProtocolAndPerCase() throws IOException {
		writeSources(workspace);
		PublishReport report = publish(PublishOptions.site());
		assertEquals(List.of(), report.warnings());
		for (String page : List.of("index", "protocoles/index", "protocoles/residence", "listes/index", "listes/residence", "modeles/index",
				"modeles/residence", "cas/index", "cas/TEST", "lecons", "glossaire")) {
			assertTrue(report.pages().contains(out.resolve(page + ".html")), page);
			assertTrue(Files.isRegularFile(out.resolve(GuidePublisher.SOURCES).resolve(page + ".adoc")), "AsciiDoc kept for " + page);
		}
		String index = Files.readString(out.resolve("index.html"));
		assertTrue(index.contains("href=\"protocoles/index.html\""), "the home page links the chapters");
		String protocolHtml = Files.readString(out.resolve("protocoles/residence.html"));
		assertTrue(protocolHtml.contains("id=\"essaim-header\"") && protocolHtml.contains("href=\"../cas/index.html\""), "every page has the menu");
		assertTrue(protocolHtml.contains("href=\"../essaim.css\""), "one shared stylesheet");
		String protocol = AsciidocTextTest.visibleText(protocolHtml);
		assertTrue(protocol.contains("Résidence <b>de</b> designers"), "user text shown as typed");
		assertTrue(protocol.indexOf("1. Immersion") < protocol.indexOf("2. Restitution"), protocol);
		assertTrue(protocol.contains("Une résidence à Nantes"), "the protocol lists the cases that followed it");
		String caseSheet = AsciidocTextTest.visibleText(Files.readString(out.resolve("cas/TEST.html")));
		assertTrue(caseSheet.contains("une citation exacte"));
		assertTrue(caseSheet.contains("métropole"), "enumerations are shown with their French label");
		assertTrue(Files.readString(out.resolve("cas/TEST.html")).contains("href=\"../protocoles/residence.html\""));
		String checklist = Files.readString(out.resolve("listes/residence.html"));
		assertTrue(checklist.contains("class=\"checklist\"") && AsciidocTextTest.visibleText(checklist).contains("Un lieu de travail"),
				"the phase's inputs are a checklist of what to prepare");
		assertTrue(AsciidocTextTest.visibleText(checklist).contains("La mairie (accueil)"), "a checklist per role");
		assertTrue(AsciidocTextTest.visibleText(Files.readString(out.resolve("listes/index.html"))).contains("R1-C1"),
				"the recommendation 1 criteria as a checklist");
		String templates = AsciidocTextTest.visibleText(Files.readString(out.resolve("modeles/residence.html")));
		assertTrue(templates.contains("Convention de partenariat") && templates.contains("La mairie") && templates.contains("Fiche de livrable — Carnet"),
				templates);
		String lessons = AsciidocTextTest.visibleText(Files.readString(out.resolve("lecons.html")));
		assertTrue(lessons.contains("Prévoir un budget de 20 k€ dès le départ."), "failures are gathered with their lessons");
		String cases = AsciidocTextTest.visibleText(Files.readString(out.resolve("cas/index.html")));
		assertTrue(cases.contains("métropole (1)") && cases.contains("collectivité (1)"), "cases indexed by territory and actor kind");
		assertTrue(AsciidocTextTest.visibleText(Files.readString(out.resolve("glossaire.html"))).contains("quartier prioritaire"));
		assertTrue(Files.readString(out.resolve("search.json")).contains("\"u\":\"cas/TEST.html\",\"t\":\"Une résidence à Nantes\""));
	}

	@Test
	void theSameWorkspaceGivesTheSameBytes() throws IOException {
		writeSources(workspace);
		Path first = out.resolve("first");
		Path second = out.resolve("second");
		PUBLISHER.publish(EssaimWorkspace.load(workspace), first, PublishOptions.site().withPdf(true));
		PUBLISHER.publish(EssaimWorkspace.load(workspace), second, PublishOptions.site().withPdf(true));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(first)) {
			files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
		}
		assertTrue(files.contains(Path.of(GuidePublisher.BOOK)), files.toString());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
		}
		assertTrue(Files.readString(first.resolve("cas/TEST.html")).indexOf("Last updated") < 0);
	}

	@Test
	void pagesRenderedOnSeveralEnginesAreTheSame() throws IOException {
		writeSources(workspace);
		Files.createDirectories(workspace.resolve("guide"));
		Files.writeString(workspace.resolve("guide/manque.adoc"), "= Manque\n\ninclude::absent.adoc[]\n");
		PublishReport alone = PUBLISHER.publish(EssaimWorkspace.load(workspace), out.resolve("seul"), PublishOptions.site());
		PublishReport shared;
		try (GuidePublisher parallel = new GuidePublisher(1, 2)) {
			shared = parallel.publish(EssaimWorkspace.load(workspace), out.resolve("partage"), PublishOptions.site());
		}
		assertEquals(alone.warnings(), shared.warnings());
		for (Path page : alone.pages()) {
			Path relative = out.resolve("seul").relativize(page);
			assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(out.resolve("partage").resolve(relative)), relative.toString());
		}
	}

	@Test
	void thePdfBookIsOneDocumentWithCoverAndContents() throws IOException {
		writeSources(workspace);
		PublishReport report = publish(PublishOptions.site().withHtml(false).withPdf(true));
		assertEquals(List.of(), report.warnings());
		assertEquals(out.resolve(GuidePublisher.BOOK), report.pdf());
		byte[] pdf = Files.readAllBytes(report.pdf());
		assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
		String book = Files.readString(out.resolve(GuidePublisher.SOURCES).resolve("livre.adoc"));
		assertTrue(book.contains(":doctype: book") && book.contains(":toc:") && book.contains(":title-page:"), book);
		assertTrue(book.contains("<<p-protocoles-residence,"), "pages link each other inside the book");
	}

	@Test
	void republishingRendersOnlyWhatDependsOnTheChange() throws IOException {
		writeSources(workspace);
		PublishReport cold = publish(PublishOptions.site());
		assertEquals(cold.pages().size(), cold.rendered());
		PublishReport same = publish(PublishOptions.site());
		assertEquals(0, same.rendered(), "nothing changed, nothing rendered");
		writeCase(workspace, "Un résumé changé.");
		PublishReport warm = publish(PublishOptions.site());
		assertEquals(1, warm.rendered(), "only the case sheet shows its summary");
		assertTrue(AsciidocTextTest.visibleText(Files.readString(out.resolve("cas/TEST.html"))).contains("Un résumé changé."));
		assertEquals(cold.pages().size() - 1, warm.unchanged());
	}

	@Test
	void generatedLabelsSpeakTheAskedLanguage() throws IOException {
		writeSources(workspace);
		try {
			publish(PublishOptions.site().withLang("en"));
			assertTrue(AsciidocTextTest.visibleText(Files.readString(out.resolve("index.html"))).contains("Essaim practice guide"));
			assertTrue(Files.readString(out.resolve("index.html")).contains("lang=\"en\""));
		} finally {
			Labels.use("fr");
		}
	}

	@Test
	void idsCannotWriteOutsideTheOutputFolder() {
		assertEquals("------etc-passwd", PageNames.safe("../../etc/passwd"));
	}
}
