/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.essaim.index.EssaimIndex;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench and the command line on one workspace at once: the second process to open the index waits for
 * the first (or says clearly that it is busy), the index is never corrupted, and concurrent saves of one case
 * leave one whole version.
 */
class ConcurrencyTest {

	private Path workspace;
	private Path indexDir;

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void createWorkspace() throws IOException {
		workspace = Workspaces.examplesCopy("essaim-concurrence", 8);
		indexDir = workspace.resolveSibling(workspace.getFileName() + "-index");
	}

	@AfterEach
	void deleteWorkspace() throws IOException {
		System.clearProperty(EssaimIndex.LOCK_WAIT_PROPERTY);
		Workspaces.deleteTree(indexDir);
		Workspaces.deleteTree(workspace);
	}

	@Test
	void theSecondProcessReportsABusyIndexClearlyAndTheIndexStaysWhole() throws Exception {
		Process holder = holdIndex();
		try {
			System.setProperty(EssaimIndex.LOCK_WAIT_PROPERTY, "1");
			IOException busy = assertThrows(IOException.class, () -> EssaimIndex.open(workspace, indexDir));
			assertTrue(busy.getMessage().contains("utilisé par un autre processus Essaim"), busy.getMessage());
		} finally {
			release(holder);
		}
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			assertEquals(18, index.size(), "10 protocols and 8 cases, as the other process indexed them");
			assertTrue(index.update().toString() != null);
			assertEquals(18, index.size());
		}
	}

	@Test
	void theSecondProcessWaitsForTheFirstToCloseTheIndex() throws Exception {
		Process holder = holdIndex();
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
			try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
				index.update();
				return index.size();
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		Thread.sleep(1500);
		assertTrue(!second.isDone(), "the second opener did not wait for the lock");
		release(holder);
		assertEquals(18, second.get(30, TimeUnit.SECONDS));
	}

	@Test
	void twoWritersSavingOneCaseLeaveOneWholeVersion() throws Exception {
		Path file = workspace.resolve("cases/CONCURRENT.case");
		List<CompletableFuture<Void>> writers = List.of(1, 2).stream().map(writer -> CompletableFuture.runAsync(() -> {
			for (int version = 0; version < 150; version++) {
				try {
					CaseFiles.save(CrashContent.caseStudy("CONCURRENT", writer * 1000 + version), file);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		})).toList();
		for (CompletableFuture<Void> writer : writers) {
			writer.get(120, TimeUnit.SECONDS);
		}
		try {
			int version = CrashContent.versionIn(CaseFiles.load(file).getTitle());
			assertTrue(version == 1149 || version == 2149, "the last save of one writer wins, got " + version);
			assertEquals(new String(CrashContent.caseBytes("CONCURRENT", version), StandardCharsets.UTF_8),
					java.nio.file.Files.readString(file));
		} catch (CaseLoadException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	private Process holdIndex() throws IOException {
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), IndexHolder.class.getName(),
				workspace.toString(), indexDir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("prêt", out.readLine(), "the other process did not open the index");
		return holder;
	}

	private static void release(Process holder) throws Exception {
		try (OutputStream in = holder.getOutputStream()) {
			in.write('\n');
		}
		assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, holder.exitValue());
	}
}
