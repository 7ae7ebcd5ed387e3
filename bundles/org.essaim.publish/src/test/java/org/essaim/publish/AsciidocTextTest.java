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
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a user types, the published page shows it as text and nothing else. */
class AsciidocTextTest {

	private static final AsciidoctorEngine ENGINE = new AsciidoctorEngine();

	@TempDir
	static Path folder;

	@AfterAll
	static void close() {
		ENGINE.close();
	}

	private static String render(String userText) {
		String adoc = new AsciidocBuilder(Links.site("essai", java.util.Set.of())).title("Essai").paragraphs(userText).toString();
		return ENGINE.render(adoc, "essai", Map.of("nofooter", "")).html();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('x')</script>", "+++<script>alert(1)</script>+++", "pass:[<script>alert(1)</script>]",
			"++<b>gras</b>++", "$$<i>x</i>$$", "link:javascript:alert(1)[clic]", "image::http://example.org/x.png[]" })
	void markupInjectionsAreShownAsText(String hostile) {
		String html = render(hostile);
		assertFalse(html.contains("<script>"), html);
		assertFalse(html.contains("<b>gras</b>"), html);
		assertFalse(html.contains("<i>x</i>"), html);
		assertFalse(html.contains("href=\"javascript"), html);
		assertFalse(html.contains("<img"), html);
	}

	@Test
	void includesOfSystemFilesAreInert() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		String html = render("include::" + secret + "[]\n\ninclude::/etc/passwd[]");
		assertFalse(html.contains("TOP-SECRET"));
		assertFalse(html.contains("root:"));
		assertTrue(visibleText(html).contains("include::/etc/passwd[]"), "the line is shown as typed");
	}

	@Test
	void attributeReferencesAreNotExpanded() {
		String html = render("{docdir} {user-home} {asciidoctor-version}");
		assertTrue(visibleText(html).contains("{docdir} {user-home} {asciidoctor-version}"), html);
	}

	@Test
	void lineStartsCannotMakeStructure() {
		String html = render("= Faux titre\n* fausse puce\n|===\n// pas un commentaire\n----");
		assertFalse(html.contains("<h1>Faux titre"), html);
		assertFalse(html.contains("<li>"), html);
		assertFalse(html.contains("<table"), html);
		assertTrue(visibleText(html).contains("// pas un commentaire"), html);
	}

	@Test
	void frenchTextIsShownExactly() {
		String text = "L'État « accélère » : 50 % d'agents, 3/4 des communes & co. (C) *gras* _souligné_ l'an 2015...";
		assertTrue(visibleText(render(text)).contains(text), render(text));
	}

	/** What a browser shows: tags removed, character references decoded. */
	static String visibleText(String html) {
		String text = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]*>", "");
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(\\d+);").matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
		}
		m.appendTail(decoded);
		return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}

	@Test
	void blankLinesSeparateParagraphs() {
		assertEquals("a\n\nb", AsciidocText.paragraphs("a\n\n  \nb"));
		assertEquals("a b", AsciidocText.inline("a\nb"));
	}
}
