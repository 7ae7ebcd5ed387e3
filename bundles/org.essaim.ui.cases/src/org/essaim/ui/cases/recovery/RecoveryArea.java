/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.essaim.model.CaseFiles;

/**
 * A folder of copies of unsaved cases: for each edited file, its last auto-saved content
 * ({@code <key>.case}) and where it belongs ({@code <key>.origin}, the original path). A copy is written
 * atomically, so a crash during an auto-save leaves the previous copy.
 */
public final class RecoveryArea {

	private static final String ORIGIN = ".origin";
	private static final String COPY = "." + CaseFiles.EXTENSION;

	private final Path folder;

	/** An unsaved copy found in the area: the file it belongs to, the copy, and when it was written. */
	public record Recovered(Path original, Path copy, Instant savedAt) {
	}

	public RecoveryArea(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/** Keeps {@code bytes} as the unsaved content of {@code original}, replacing the previous copy. */
	public void write(Path original, byte[] bytes) throws IOException {
		Files.createDirectories(folder);
		String key = key(original);
		CaseFiles.writeAtomically(folder.resolve(key + COPY), bytes);
		CaseFiles.writeAtomically(folder.resolve(key + ORIGIN), original.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Forgets the copy of {@code original}, if any (after a save, or when the user drops it). */
	public void discard(Path original) {
		String key = key(original);
		try {
			Files.deleteIfExists(folder.resolve(key + COPY));
			Files.deleteIfExists(folder.resolve(key + ORIGIN));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The copies left in the area, oldest first. */
	public List<Recovered> list() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Recovered> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path origin : files.filter(f -> f.getFileName().toString().endsWith(ORIGIN)).toList()) {
				read(origin).ifPresent(found::add);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		found.sort((a, b) -> a.savedAt().compareTo(b.savedAt()));
		return found;
	}

	/** The copy of {@code original}, if the area has one. */
	public Optional<Recovered> find(Path original) {
		return list().stream().filter(r -> r.original().equals(original.toAbsolutePath())).findFirst();
	}

	private Optional<Recovered> read(Path origin) throws IOException {
		String name = origin.getFileName().toString();
		Path copy = folder.resolve(name.substring(0, name.length() - ORIGIN.length()) + COPY);
		if (!Files.isRegularFile(copy)) {
			return Optional.empty();
		}
		Path original = Path.of(Files.readString(origin, StandardCharsets.UTF_8).strip());
		return Optional.of(new Recovered(original, copy, Files.getLastModifiedTime(copy).toInstant()));
	}

	/** A stable file name for a path: the start of its SHA-256. */
	private static String key(Path original) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(original.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
