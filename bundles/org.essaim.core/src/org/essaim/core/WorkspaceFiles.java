/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the Essaim source files of a workspace folder, in a stable order. */
public final class WorkspaceFiles {

	/** Extension of cooperation protocol files. */
	public static final String PROTOCOL_EXTENSION = "coop";
	/** Extension of case-study files. */
	public static final String CASE_EXTENSION = "case";

	/** Build output and tool folders that never hold sources, even when not hidden. */
	private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "bin");

	private WorkspaceFiles() {
	}

	/** The protocol and case files under {@code root} (or {@code root} itself when it is such a file), sorted. */
	public static List<Path> list(Path root) {
		if (Files.isRegularFile(root)) {
			return isSource(root) ? List.of(root) : List.of();
		}
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
					boolean skipped = !dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
					return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && isSource(file)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		found.sort(null);
		return found;
	}

	/** Whether the file is a protocol or a case file, judged by its extension. */
	public static boolean isSource(Path file) {
		return isProtocol(file) || isCase(file);
	}

	public static boolean isProtocol(Path file) {
		return file.getFileName().toString().endsWith("." + PROTOCOL_EXTENSION);
	}

	public static boolean isCase(Path file) {
		return file.getFileName().toString().endsWith("." + CASE_EXTENSION);
	}
}
