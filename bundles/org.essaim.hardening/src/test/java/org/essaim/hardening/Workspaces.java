/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Temporary workspaces made of the repository's examples, and their clean-up. */
final class Workspaces {

	/** The examples folder of the repository (tests run from the bundle's folder). */
	static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

	private Workspaces() {
	}

	/** A new folder holding every example protocol and the first {@code caseCount} example cases. */
	static Path examplesCopy(String prefix, int caseCount) throws IOException {
		Path workspace = Files.createTempDirectory(prefix);
		Files.createDirectories(workspace.resolve("protocols"));
		Files.createDirectories(workspace.resolve("cases"));
		for (Path protocol : list(EXAMPLES.resolve("protocols"), ".coop")) {
			Files.copy(protocol, workspace.resolve("protocols").resolve(protocol.getFileName()));
		}
		for (Path caseFile : list(EXAMPLES.resolve("cases"), ".case").stream().limit(caseCount).toList()) {
			Files.copy(caseFile, workspace.resolve("cases").resolve(caseFile.getFileName()));
		}
		return workspace;
	}

	static List<Path> list(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
