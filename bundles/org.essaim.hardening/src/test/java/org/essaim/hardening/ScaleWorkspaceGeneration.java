/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generates the scale workspace for releng/scale.sh on this bundle's class path; skipped unless
 * {@code -Dessaim.scale.out=<folder>} is given ({@code essaim.scale.cases}, {@code essaim.scale.protocols}).
 */
@EnabledIfSystemProperty(named = "essaim.scale.out", matches = ".+")
class ScaleWorkspaceGeneration {

	@Test
	void generate() throws Exception {
		Path out = Path.of(System.getProperty("essaim.scale.out"));
		int cases = Integer.getInteger("essaim.scale.cases", 100_000);
		int protocols = Integer.getInteger("essaim.scale.protocols", 2_000);
		long start = System.nanoTime();
		ScaleWorkspace.generate(Workspaces.EXAMPLES, out, cases, protocols);
		System.out.printf("scale: %d cas et %d protocoles générés dans %s en %.1f s%n", cases, protocols, out, (System.nanoTime() - start) / 1e9);
		assertTrue(Files.isDirectory(out.resolve("cases")));
	}
}
