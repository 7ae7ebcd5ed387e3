/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where indexes live: outside the user's sources, in the XDG cache folder, one folder per workspace
 * (its name plus a hash of its absolute path, so that two workspaces never share an index).
 */
public final class IndexLocations {

	private IndexLocations() {
	}

	/** {@code $XDG_CACHE_HOME/essaim/index/<name>-<hash>}, or {@code ~/.cache/...} when the variable is unset. */
	public static Path defaultFor(Path workspaceRoot) {
		Path absolute = workspaceRoot.toAbsolutePath().normalize();
		String cacheHome = System.getenv("XDG_CACHE_HOME");
		Path cache = cacheHome == null || cacheHome.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cacheHome);
		String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return cache.resolve("essaim").resolve("index").resolve(name + "-" + hash(absolute.toString()));
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}

	/** Deletes the files of an index folder (only regular files directly in it: an index has no subfolders). */
	static void deleteIndexFiles(Path indexDir) throws IOException {
		if (!Files.isDirectory(indexDir)) {
			return;
		}
		try (Stream<Path> files = Files.list(indexDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.delete(file);
			}
		}
	}
}
