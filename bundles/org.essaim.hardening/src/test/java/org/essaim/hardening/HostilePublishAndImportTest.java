/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

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
import java.util.stream.Stream;

import org.essaim.core.EssaimWorkspace;
import org.essaim.core.Problem;
import org.essaim.cli.EssaimCommandLine;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Lesson;
import org.essaim.publish.GuidePublisher;
import org.essaim.publish.PublishReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content on its way to the published guide and into the workspace: AsciiDoc and HTML injection in case
 * text, path traversal in page names and CSV ids, enormous protocols and lines. Refused or neutralised, nothing lost.
 */
class HostilePublishAndImportTest {

	private static final String[] INJECTIONS = { "+++<script>alert('pass')</script>+++", "pass:[<img src=x onerror=alert(1)>]",
			"<script>alert('brut')</script>", "include::%s[]", "{user-home} {docdir} {asciidoctor-version}", ":toc: left",
			"link:javascript:alert(1)[clic] javascript:alert(2)", "++++\n<iframe src=\"https://exemple.invalid\"></iframe>\n++++",
			"image::/etc/passwd[] video::x[]", "[subs=attributes]\n----\n{user-home}\n----", "<<x,lien>> xref:../../x.adoc[x]",
			"ifdef::env[]\nsecret\nendif::[]", "footnote:[<b>gras</b>] kbd:[Ctrl] stem:[x^2]" };

	@TempDir
	Path temp;

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@Test
	void injectedMarkupInCaseTextIsShownAsTextNeverRun() throws Exception {
		Path secret = temp.resolve("secret.adoc");
		Files.writeString(secret, "CONTENU-SECRET-INCLUS");
		Path workspace = temp.resolve("ws");
		Files.createDirectories(workspace);
		CaseStudy c = CasestudyFactory.eINSTANCE.createCaseStudy();
		c.setId("HOSTILE");
		String all = String.join("\n\n", INJECTIONS).replace("%s", secret.toString());
		c.setTitle(String.join(" ", INJECTIONS).replace("%s", secret.toString()));
		c.setSummary(INJECTIONS[0]);
		c.setBody(all);
		for (String injection : INJECTIONS) {
			Lesson lesson = CasestudyFactory.eINSTANCE.createLesson();
			lesson.setText(injection.replace("%s", secret.toString()));
			c.getLessons().add(lesson);
		}
		CaseFiles.save(c, workspace.resolve("HOSTILE.case"));
		Path out = temp.resolve("guide");
		try (GuidePublisher publisher = new GuidePublisher()) {
			publisher.publish(EssaimWorkspace.load(workspace), out);
		}
		// The guide's own search box script is the one script a page may carry.
		String html = Files.readString(out.resolve("cas/HOSTILE.html"), UTF_8)
				.replaceAll("<script src=\"(\\.\\./)*search(-index)?\\.js\"( data-root=\"[./]*\")?( defer)?></script>", "");
		for (String tag : List.of("<script", "<img", "<iframe", "<video", "<kbd", "<b>", "href=\"javascript")) {
			assertFalse(html.toLowerCase(Locale.ROOT).contains(tag), () -> tag + " reached the published page");
		}
		assertFalse(html.contains("CONTENU-SECRET-INCLUS"), "an include was run");
		assertFalse(html.contains(System.getProperty("user.home") + "<"), "an attribute reference was replaced");
		assertTrue(html.contains("user&#45;home") || html.contains("user-home"), "the typed text is not shown");
		assertTrue(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "the typed tag is not shown as text");
	}

	@Test
	void aCaseIdCannotWriteAPageOutsideTheGuide() throws Exception {
		Path workspace = temp.resolve("ws");
		Files.createDirectories(workspace);
		for (String id : new String[] { "../../../EVADE", "/tmp/ABSOLU", "..", "CAS/../../SORTIE" }) {
			CaseStudy c = CasestudyFactory.eINSTANCE.createCaseStudy();
			c.setId(id);
			c.setTitle("Titre " + id);
			CaseFiles.save(c, workspace.resolve("c" + Integer.toHexString(id.hashCode()) + ".case"));
		}
		Path out = temp.resolve("a/b/guide");
		PublishReport report;
		try (GuidePublisher publisher = new GuidePublisher()) {
			report = publisher.publish(EssaimWorkspace.load(workspace), out);
		}
		List<Path> caseSheets = report.pages().stream().filter(p -> p.getParent().equals(out.toAbsolutePath().resolve("cas")))
				.filter(p -> !p.getFileName().toString().equals("index.html")).toList();
		assertEquals(4, caseSheets.size(), "one sheet per case, in the guide's case folder: " + caseSheets);
		for (Path page : report.pages()) {
			assertTrue(page.startsWith(out.toAbsolutePath()), page + " is outside the guide");
		}
		try (Stream<Path> files = Files.walk(temp)) {
			List<Path> outside = files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(out.toAbsolutePath())).toList();
			assertEquals(List.of(), outside);
		}
		assertFalse(Files.exists(Path.of("/tmp/ABSOLU.html")));
	}

	@Test
	void aCsvRowWhoseIdIsAPathIsRefusedAndWritesNothing() throws Exception {
		Path workspace = temp.resolve("dossier/ws");
		Files.createDirectories(workspace.resolve("cases"));
		String csv = "id,title\r\n../../EVADE,Évasion\r\n/tmp/ABSOLU,Absolu\r\n..,Parent\r\ncases/../../SORTIE,Sortie\r\nBON,Un cas sain\r\n";
		Files.writeString(temp.resolve("import.csv"), csv, UTF_8);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new EssaimCommandLine(temp, new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8))
				.run("import-csv", "import.csv", "dossier/ws");
		assertEquals(1, code, "refused rows make the command fail");
		String errors = err.toString(UTF_8);
		for (int line = 2; line <= 5; line++) {
			assertTrue(errors.contains("import.csv:" + line + ": error:"), "line " + line + " not reported: " + errors);
		}
		try (Stream<Path> files = Files.walk(temp)) {
			List<String> cases = files.filter(f -> f.toString().endsWith(".case")).map(f -> temp.relativize(f).toString()).toList();
			assertEquals(List.of("dossier/ws/cases/BON.case"), cases, "only the sound row was written, inside the workspace");
		}
		assertFalse(Files.exists(Path.of("/tmp/ABSOLU.case")));
	}

	@Test
	void anEnormousProtocolIsRefusedClearlyAndTheOtherFilesStillLoad() throws IOException {
		Path workspace = Workspaces.examplesCopy("essaim-enorme", 3);
		try {
			Path enormous = workspace.resolve("protocols/enorme.coop");
			try (var out = Files.newBufferedWriter(enormous, UTF_8)) {
				out.write("protocole enorme \"Énorme\" {\n");
				String line = "\t// un commentaire ordinaire, répété pour faire un très gros fichier de protocole\n";
				for (long written = 0; written < 50L << 20; written += line.length()) {
					out.write(line);
				}
				out.write("}\n");
			}
			long size = Files.size(enormous);
			EssaimWorkspace loaded = EssaimWorkspace.load(workspace);
			List<Problem> problems = loaded.problems().stream().filter(p -> p.file().endsWith("enorme.coop")).toList();
			assertEquals(1, problems.size(), problems::toString);
			assertTrue(problems.get(0).message().contains("trop volumineux"), problems.get(0).message());
			assertEquals(10, loaded.protocols().size(), "the example protocols were not all loaded");
			assertEquals(3, loaded.cases().size());
			assertEquals(size, Files.size(enormous));
		} finally {
			Workspaces.deleteTree(workspace);
		}
	}

	@Test
	void aTenMegabyteLineIsReadWithADiagnosticNotACrash() throws IOException {
		Path workspace = Files.createTempDirectory("essaim-ligne");
		try {
			Path protocol = workspace.resolve("ligne.coop");
			String resume = "très long résumé ".repeat((10 << 20) / 17);
			Files.writeString(protocol, "protocole ligne \"Ligne\" {\n\trésumé \"" + resume + "\"\n}\n", UTF_8);
			Path csv = workspace.resolve("ligne.csv");
			Files.writeString(csv, "id,title,summary\r\nLIGNE,Ligne,\"" + resume + "\"\r\n", UTF_8);
			EssaimWorkspace loaded = EssaimWorkspace.load(workspace);
			String problems = loaded.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message())
					.map(m -> m.substring(0, Math.min(200, m.length()))).toList().toString();
			assertEquals(1, loaded.protocols().size(), problems);
			assertTrue(resume.equals(loaded.protocols().get(0).protocol().getSummary()), () -> "the long line was not read whole: " + problems);
			List<org.essaim.model.csv.CsvRow> rows = org.essaim.model.csv.CaseCsvReader.read(Files.readString(csv, UTF_8));
			assertTrue(resume.equals(rows.get(0).caseStudy().getSummary()), "the long CSV cell was not read whole");
		} finally {
			Workspaces.deleteTree(workspace);
		}
	}
}
