/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Hostile input, in generated pages and hand-written chapters: nothing leaks, every problem is reported where it is. */
class PublishSafetyTest {

	private static final GuidePublisher PUBLISHER = new GuidePublisher();
	private static final String HOSTILE = "<script>alert(1)</script> +++<b>brut</b>+++ pass:[<i>brut</i>] {user-home} include::/etc/passwd[]";

	@TempDir
	Path workspace;
	@TempDir
	Path out;

	@AfterAll
	static void close() {
		PUBLISHER.close();
	}

	@Test
	void hostileCaseTextIsShownAsTypedAndNeverExecuted() throws IOException {
		GuidePublisherTest.writeSources(workspace);
		GuidePublisherTest.writeCase(workspace, HOSTILE.replace("<", "&lt;").replace(">", "&gt;"));
		PublishReport report = PUBLISHER.publish(EssaimWorkspace.load(workspace), out, PublishOptions.site());
		assertEquals(List.of(), report.warnings());
		String html = Files.readString(out.resolve("cas/TEST.html"));
		assertNoLeak(html);
		assertTrue(AsciidocTextTest.visibleText(html).contains(HOSTILE), "shown exactly as typed");
		assertFalse(Files.readString(out.resolve("search-index.js")).contains("<script"), "the search index cannot close a script");
	}

	@Test
	void editorialChaptersCannotIncludeSystemFilesNorPassRawHtml() throws IOException {
		GuidePublisherTest.writeSources(workspace);
		Files.createDirectories(workspace.resolve("guide"));
		Files.writeString(workspace.resolve("guide/10-piege.adoc"), """
				= Chapitre piégé

				include::/etc/passwd[]

				++++
				<script>alert(1)</script>
				++++

				[subs=none]
				<script>alert(2)</script>

				Texte +++<script>alert(3)</script>+++ et pass:[<script>alert(4)</script>].

				include::../../../../../../etc/hostname[]
				""");
		PublishReport report = PUBLISHER.publish(EssaimWorkspace.load(workspace), out, PublishOptions.site().withPdf(true));
		String html = Files.readString(out.resolve("guide/piege.html"));
		assertNoLeak(html);
		assertFalse(html.contains("root:x:0:0"), "no system file in the page");
		List<String> warnings = report.warnings();
		assertTrue(warnings.stream().anyMatch(w -> w.startsWith("guide/10-piege.adoc:3: ")), warnings.toString());
		assertTrue(warnings.stream().anyMatch(w -> w.startsWith("guide/10-piege.adoc:5: ")), "the passthrough is reported: " + warnings);
		assertTrue(warnings.stream().anyMatch(w -> w.startsWith("guide/10-piege.adoc:14: ")), warnings.toString());
		assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"guide/piege.html\""), "the chapter takes its place");
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				assertNoLeak(Files.readString(file));
			}
		}
	}

	@Test
	void warningsAreKeptForPagesThatWereNotRenderedAgain() throws IOException {
		GuidePublisherTest.writeSources(workspace);
		Files.createDirectories(workspace.resolve("guide"));
		Files.writeString(workspace.resolve("guide/manque.adoc"), "= Manque\n\ninclude::absent.adoc[]\n");
		List<String> first = PUBLISHER.publish(EssaimWorkspace.load(workspace), out, PublishOptions.site()).warnings();
		PublishReport again = PUBLISHER.publish(EssaimWorkspace.load(workspace), out, PublishOptions.site());
		assertEquals(0, again.rendered());
		assertEquals(first, again.warnings());
		assertTrue(first.get(0).startsWith("guide/manque.adoc:3: avertissement") || first.get(0).startsWith("guide/manque.adoc:3: erreur"), first.toString());
	}

	private static void assertNoLeak(String html) {
		assertFalse(html.contains("<script>alert"), "no script from user text");
		assertFalse(html.contains("<b>brut</b>") || html.contains("<i>brut</i>"), "no raw HTML from user text");
		assertFalse(html.contains("/root") || html.contains(System.getProperty("user.home") + "<"), "no attribute expanded");
	}
}
