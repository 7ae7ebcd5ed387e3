/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The chapters editors write by hand, as AsciiDoc files in the workspace's {@code guide/} folder. A file named
 * {@code NN-name.adoc} takes its place among the generated chapters by its number (see {@link GuideContent}); one
 * without a number comes first. Passthroughs, substitution overrides and docinfo, which would let raw HTML into the site, are neutralized
 * (same number of lines, so warnings keep pointing at the right line) and reported.
 */
final class EditorialChapters {

	static final String FOLDER = "guide";
	private static final Pattern NUMBERED = Pattern.compile("(\\d+)-(.*)");

	/** A hand-written chapter: its rank among the chapters, the page, and what was neutralized in it. */
	record Chapter(int rank, GuidePage page, List<String> warnings) {
	}

	private EditorialChapters() {
	}

	static List<Chapter> read(Path workspaceRoot) throws IOException {
		Path folder = workspaceRoot.resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Chapter> chapters = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".adoc")).sorted().toList()) {
				chapters.add(chapter(workspaceRoot, file));
			}
		}
		return chapters;
	}

	private static Chapter chapter(Path workspaceRoot, Path file) throws IOException {
		String stem = file.getFileName().toString().replaceFirst("\\.adoc$", "");
		Matcher numbered = NUMBERED.matcher(stem);
		int rank = numbered.matches() ? Integer.parseInt(numbered.group(1)) : 0;
		String name = FOLDER + "/" + PageNames.safe(numbered.matches() ? numbered.group(2) : stem);
		String where = workspaceRoot.relativize(file).toString();
		List<String> warnings = new ArrayList<>();
		String text = neutralize(Files.readString(file, StandardCharsets.UTF_8), where, warnings);
		String title = text.lines().filter(l -> l.startsWith("= ")).findFirst().map(l -> l.substring(2).strip()).orElse(stem);
		String summary = text.lines().filter(l -> l.startsWith(":description:")).findFirst().map(l -> l.substring(13).strip()).orElse("");
		return new Chapter(rank, new GuidePage(name, title, name, summary, text, file), warnings);
	}

	/** Replaces raw passthroughs and docinfo entries, line by line, and says where. */
	static String neutralize(String text, String where, List<String> warnings) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String safe = line;
			if (line.strip().matches("\\+{4,}")) {
				safe = "....";
			} else if (line.startsWith(":docinfo") || line.matches("\\[.*(subs\\s*=|\\bpass\\b).*\\]\\s*")) {
				safe = "// " + line;
			} else {
				safe = safe.replace("+++", "&#43;&#43;&#43;").replace("pass:", "pass&#58;");
			}
			if (!safe.equals(line)) {
				warnings.add(where + ":" + (i + 1) + ": " + Labels.text("passthroughNeutralized"));
				lines[i] = safe;
			}
		}
		return String.join("\n", lines);
	}
}
