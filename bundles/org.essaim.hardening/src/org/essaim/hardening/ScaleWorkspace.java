/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.casestudy.CaseStudy;

/**
 * Generates the scale workspace of the hardening checks from the repository's examples: {@code cases} copies of
 * the example cases under new ids and {@code protocols} copies of the example protocols under new names (the
 * method library once), a thousand files per folder. Usage: {@code ScaleWorkspace <examples> <out> <cases> <protocols>}.
 */
public final class ScaleWorkspace {

	private static final Pattern PROTOCOL_NAME = Pattern.compile("(?m)^protocole ([\\p{L}_][\\p{L}\\p{N}_]*) ");
	private static final int FILES_PER_FOLDER = 1000;

	private ScaleWorkspace() {
	}

	public static void main(String[] args) throws IOException, CaseLoadException {
		if (args.length != 4) {
			System.err.println("usage : ScaleWorkspace <dossier examples> <dossier à créer> <nombre de cas> <nombre de protocoles>");
			System.exit(2);
		}
		Path examples = Path.of(args[0]);
		Path out = Path.of(args[1]);
		generate(examples, out, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
		System.out.println(args[2] + " cas et " + args[3] + " protocoles écrits dans " + out);
	}

	/** Writes the workspace; the same arguments always give the same files. */
	public static void generate(Path examples, Path out, int caseCount, int protocolCount) throws IOException, CaseLoadException {
		List<CaseStudy> cases = new ArrayList<>();
		for (Path file : list(examples.resolve("cases"), ".case")) {
			cases.add(CaseFiles.load(file));
		}
		for (int i = 0; i < caseCount; i++) {
			CaseStudy copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(cases.get(i % cases.size()));
			copy.setId(String.format("G%06d-%s", i, copy.getId()));
			Path folder = out.resolve("cases").resolve(String.format("%03d", i / FILES_PER_FOLDER));
			Files.createDirectories(folder);
			// A plain write: a generated workspace needs no crash safety, and two syncs per file would dominate.
			Files.write(folder.resolve(copy.getId() + "." + CaseFiles.EXTENSION), CaseFiles.toBytes(copy));
		}
		List<String> protocols = new ArrayList<>();
		for (Path file : list(examples.resolve("protocols"), ".coop")) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (PROTOCOL_NAME.matcher(text).find()) {
				protocols.add(text);
			} else {
				Files.createDirectories(out.resolve("protocols"));
				Files.writeString(out.resolve("protocols").resolve(file.getFileName()), text, StandardCharsets.UTF_8);
			}
		}
		for (int i = 0; i < protocolCount; i++) {
			String text = protocols.get(i % protocols.size());
			Matcher name = PROTOCOL_NAME.matcher(text);
			name.find();
			String renamed = name.group(1) + String.format("_g%05d", i);
			Path folder = out.resolve("protocols").resolve(String.format("%03d", i / FILES_PER_FOLDER));
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(renamed + ".coop"), name.replaceFirst("protocole " + renamed + " "), StandardCharsets.UTF_8);
		}
	}

	private static List<Path> list(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}
}
