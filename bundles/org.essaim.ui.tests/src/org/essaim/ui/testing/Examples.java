/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example workspace the tested workbench was started on (-essaimWorkspace, see the pom). */
public final class Examples {

	private Examples() {
	}

	/** The examples folder, as the build passed it. */
	public static Path folder() {
		String property = System.getProperty("essaim.examples");
		assertTrue(property != null && !property.isBlank(), "system property essaim.examples is not set");
		Path folder = Path.of(property).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), "no examples folder at " + folder);
		return folder;
	}

	/** The protocol files of examples/protocols, sorted. */
	public static List<Path> protocols() {
		try (Stream<Path> files = Files.list(folder().resolve("protocols"))) {
			List<Path> protocols = files.filter(file -> file.getFileName().toString().endsWith(".coop")).sorted().toList();
			assertFalse(protocols.isEmpty(), "no .coop file in examples/protocols");
			return protocols;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether a path (relative to the examples) is hidden by the navigator's filters (a segment starting with "."). */
	public static boolean isHidden(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
