/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last publication into a folder rendered: per output file, the hash of everything it was rendered from
 * (its AsciiDoc, the site header, the attributes, the language) and the warnings it gave. A file whose inputs hash the
 * same is not rendered again; its warnings are reported again, so {@code --strict} does not depend on what was skipped.
 */
final class PublishManifest {

	static final String FILE = ".essaim-publication";
	private static final String FORMAT = "essaim-publication 1";

	private final Map<String, Entry> entries = new TreeMap<>();

	/** One output file: its inputs' hash and its warnings. */
	record Entry(String hash, List<String> warnings) {
	}

	static PublishManifest read(Path out) throws IOException {
		PublishManifest manifest = new PublishManifest();
		Path file = out.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return manifest;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
			return manifest; // another version wrote it: render everything again
		}
		String current = null;
		for (String line : lines.subList(1, lines.size())) {
			String[] parts = line.split("\t", 3);
			if (parts.length == 3 && parts[0].equals("P")) {
				current = parts[1];
				manifest.entries.put(current, new Entry(parts[2], new ArrayList<>()));
			} else if (parts.length >= 2 && parts[0].equals("W") && current != null) {
				manifest.entries.get(current).warnings().add(line.substring(2));
			}
		}
		return manifest;
	}

	Entry get(String output) {
		return entries.get(output);
	}

	void put(String output, String hash, List<String> warnings) {
		entries.put(output, new Entry(hash, new ArrayList<>(warnings)));
	}

	Iterable<String> outputs() {
		return List.copyOf(entries.keySet());
	}

	void remove(String output) {
		entries.remove(output);
	}

	void write(Path out) throws IOException {
		StringBuilder text = new StringBuilder(FORMAT).append('\n');
		entries.forEach((output, entry) -> {
			text.append("P\t").append(output).append('\t').append(entry.hash()).append('\n');
			entry.warnings().forEach(w -> text.append("W\t").append(w.replace('\n', ' ')).append('\n'));
		});
		Files.writeString(out.resolve(FILE), text, StandardCharsets.UTF_8);
	}

	/** SHA-256 of the parts, each length-prefixed so that no two different lists hash alike. */
	static String hash(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
