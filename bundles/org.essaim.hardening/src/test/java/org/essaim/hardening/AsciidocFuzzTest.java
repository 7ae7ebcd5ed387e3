/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.publish.AsciidocText;
import org.essaim.publish.AsciidoctorEngine;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text an author types is published exactly as typed: the generated AsciiDoc holds no markup character, and
 * the HTML Asciidoctor makes of it holds no tag but the paragraphs' own and shows the same text back.
 */
class AsciidocFuzzTest {

	private static final AsciidoctorEngine ENGINE = new AsciidoctorEngine();
	/** What escaped text may contain: letters, digits, spaces, non-ASCII, numeric references, paragraph breaks. */
	private static final Pattern ESCAPED = Pattern.compile("(?:[\\p{L}\\p{N} \\n]|[^\\x00-\\x7F]|&#[0-9]+;)*");
	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
	private static final Pattern REFERENCE = Pattern.compile("&#([0-9]+);|&(amp|lt|gt|quot);");

	@AfterAll
	static void close() {
		ENGINE.close();
	}

	@FuzzTest(maxDuration = "5m")
	void anyTextIsShownAsTyped(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		String inline = AsciidocText.inline(text);
		String paragraphs = AsciidocText.paragraphs(text);
		assertTrue(ESCAPED.matcher(inline).matches(), () -> "markup left in " + inline);
		assertTrue(ESCAPED.matcher(paragraphs).matches(), () -> "markup left in " + paragraphs);
		assertTrue(!inline.contains("\n"), "an inline text spans lines");
		String html = ENGINE.render("= Essai\n\n" + paragraphs + "\n", "essai", Map.of()).html();
		int start = html.indexOf("<div id=\"content\">");
		int end = html.lastIndexOf("<div id=\"footer\">");
		String content = html.substring(start, end < 0 ? html.lastIndexOf("</body>") : end);
		Matcher tags = TAG.matcher(content);
		while (tags.find()) {
			String name = tags.group(2);
			assertTrue(name.equals("div") || name.equals("p"), () -> "the text became a <" + name + "> tag: " + content);
		}
		String shown = decode(TAG.matcher(content).replaceAll(" ")).replaceAll("\\s+", " ").strip();
		String typed = decode(paragraphs).replaceAll("\\s+", " ").strip();
		assertEquals(typed, shown, "the published text differs from the typed one");
	}

	private static String decode(String html) {
		Matcher matcher = REFERENCE.matcher(html);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String replacement = matcher.group(1) != null ? Character.toString(Integer.parseInt(matcher.group(1)))
					: switch (matcher.group(2)) {
					case "amp" -> "&";
					case "lt" -> "<";
					case "gt" -> ">";
					default -> "\"";
					};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
