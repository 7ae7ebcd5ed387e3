/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The protocols of the library that a new protocol can start from, and the copy made of one. */
public final class ProtocolTemplates {

	private static final Pattern HEADER = Pattern.compile("(?m)^(\\s*(?:protocole|protocol)\\s+)([\\p{L}_][\\p{L}\\p{N}_]*)([^{]*\\{)");
	private static final Pattern DERIVED = Pattern.compile("(?m)^\\s*(?:dérivé|derive)\\s+de\\s");

	private ProtocolTemplates() {
	}

	/** One protocol of the library: its file and the name it declares. */
	public record Template(Path file, String name) {
	}

	/** The protocols (not the libraries of methods) of {@code folder}/protocols, sorted by file name. */
	public static List<Template> of(Path folder) {
		Path protocols = folder.resolve("protocols");
		List<Template> templates = new ArrayList<>();
		if (!Files.isDirectory(protocols)) {
			return templates;
		}
		try (Stream<Path> files = Files.list(protocols)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".coop")).sorted().toList()) {
				Matcher header = HEADER.matcher(Files.readString(file, StandardCharsets.UTF_8));
				if (header.find()) {
					templates.add(new Template(file, header.group(2)));
				}
			}
		} catch (IOException e) {
			return templates;
		}
		return templates;
	}

	/** The name a protocol gets from its file name ("mon-protocole.coop" → "mon_protocole"). */
	public static String nameFor(String fileName) {
		String base = fileName.endsWith(".coop") ? fileName.substring(0, fileName.length() - 5) : fileName;
		return base.replaceAll("[^\\p{L}\\p{N}_]", "_");
	}

	/**
	 * The text of a new protocol named {@code name} copied from {@code template}: the same clauses, its own name,
	 * and "dérivé de" the template so that the library keeps the lineage.
	 */
	public static String copy(Template template, String name) throws IOException {
		String text = Files.readString(template.file(), StandardCharsets.UTF_8);
		Matcher header = HEADER.matcher(text);
		if (!header.find()) {
			return text;
		}
		String derived = DERIVED.matcher(text).find() ? "" : "\n\tdérivé de " + template.name();
		return text.substring(0, header.start()) + header.group(1) + name + header.group(3) + derived + text.substring(header.end());
	}

	/** A new protocol with nothing but its skeleton. */
	public static String empty(String name, String title) {
		return "/** " + title + " */\nprotocole " + name + " \"" + title + "\" {\n\tstatut brouillon\n\n"
				+ "\tacteur porteur \"Porteur du projet\" : collectivité\n\n"
				+ "\tphase cadrage \"Cadrage\" {\n\t\tparticipants porteur\n\t}\n}\n";
	}
}
