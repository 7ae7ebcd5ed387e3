/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved copies are kept per original file, replaced by the next copy, listed with their origin, and dropped. */
class RecoveryAreaTest {

	@TempDir
	Path temp;

	@Test
	void keepsTheLastCopyOfEachFileAndTellsWhereItBelongs() throws IOException {
		RecoveryArea area = new RecoveryArea(temp.resolve("recovery"));
		Path first = temp.resolve("cases/A.case");
		Path second = temp.resolve("cases/B.case");

		area.write(first, bytes("one"));
		area.write(first, bytes("two"));
		area.write(second, bytes("three"));

		List<RecoveryArea.Recovered> found = area.list();
		assertEquals(2, found.size());
		RecoveryArea.Recovered a = area.find(first).orElseThrow();
		assertEquals(first.toAbsolutePath(), a.original());
		assertArrayEquals(bytes("two"), Files.readAllBytes(a.copy()));
	}

	@Test
	void discardingAFileLeavesTheOthers() throws IOException {
		RecoveryArea area = new RecoveryArea(temp.resolve("recovery"));
		Path first = temp.resolve("A.case");
		Path second = temp.resolve("B.case");
		area.write(first, bytes("one"));
		area.write(second, bytes("two"));

		area.discard(first);

		assertEquals(List.of(second.toAbsolutePath()), area.list().stream().map(RecoveryArea.Recovered::original).toList());
		assertTrue(area.find(first).isEmpty());
	}

	@Test
	void anAreaNeverWrittenIsEmpty() {
		assertTrue(new RecoveryArea(temp.resolve("none")).list().isEmpty());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
