/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.essaim.index.EssaimIndex;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.casestudy.CaseStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (kill -9) a process that saves cases and protocols and updates the index, at random moments, many times
 * ({@code -Dessaim.crash.iterations}, 20 in the normal build): after each kill, every file must be exactly one
 * whole version (never truncated or mixed) and the index must open, update and find the files.
 */
class CrashSafetyTest {

	@TempDir
	Path temp;

	@Test
	void killedSavesLeaveWholeFilesAndARecoverableIndex() throws Exception {
		int iterations = Integer.getInteger("essaim.crash.iterations", 20);
		Path workspace = temp.resolve("ws");
		Path indexDir = temp.resolve("index");
		Files.createDirectories(workspace.resolve("cases"));
		Files.createDirectories(workspace.resolve("protocols"));
		for (String id : CrashContent.CASES) {
			CaseFiles.save(CrashContent.caseStudy(id, 0), workspace.resolve("cases").resolve(id + ".case"));
		}
		for (String name : CrashContent.PROTOCOLS) {
			CaseFiles.writeAtomically(workspace.resolve("protocols").resolve(name + ".coop"), CrashContent.protocolBytes(name, 0));
		}
		Random random = new Random(8);
		int version = 1;
		int corrupt = 0;
		int rounds = 0;
		long start = System.nanoTime();
		for (int i = 0; i < iterations; i++) {
			Process worker = start(workspace, indexDir, version);
			// Destroying a process closes its streams: its output is read by a thread of its own.
			CountDownLatch ready = new CountDownLatch(1);
			AtomicReference<String> last = new AtomicReference<>();
			Thread reader = new Thread(() -> readOutput(worker, ready, last));
			reader.start();
			assertTrue(ready.await(60, TimeUnit.SECONDS), "the worker did not start");
			Thread.sleep(200 + random.nextInt(2300));
			worker.destroyForcibly();
			assertTrue(worker.waitFor(30, TimeUnit.SECONDS));
			reader.join(10_000);
			rounds += last.get() == null ? 0 : Integer.parseInt(last.get().substring("tour ".length())) - version + 1;
			List<String> defects = check(workspace);
			corrupt += defects.size();
			assertTrue(defects.isEmpty(), "after kill " + (i + 1) + ": " + defects);
			try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
				index.update();
				assertEquals(CrashContent.CASES.length + CrashContent.PROTOCOLS.length, index.size(), "the index lost documents");
				assertFalse(index.search("version", 20).isEmpty(), "the recovered index finds nothing");
			}
			version = highestVersion(workspace) + 1;
		}
		System.out.printf("crash-safety: %d kill -9, %d complete rounds of saves between kills, %d corrupt files, "
				+ "%d temporary files left, index reopened and updated %d times, %.1f s%n", iterations, rounds, corrupt,
				leftovers(workspace), iterations, (System.nanoTime() - start) / 1e9);
	}

	private static void readOutput(Process worker, CountDownLatch ready, AtomicReference<String> last) {
		try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				if (line.equals("prêt")) {
					ready.countDown();
				} else if (line.startsWith("tour ")) {
					last.set(line);
				}
			}
		} catch (IOException e) {
			// The stream closes when the worker is killed: what was read so far is what counts.
		}
	}

	private static Process start(Path workspace, Path indexDir, int version) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("--add-modules=jdk.incubator.vector");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(CrashWorker.class.getName());
		command.add(workspace.toString());
		command.add(indexDir.toString());
		command.add(String.valueOf(version));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	/** Every defect found: a file that does not load, or is not byte for byte the version it claims to be. */
	private static List<String> check(Path workspace) throws IOException {
		List<String> defects = new ArrayList<>();
		for (String id : CrashContent.CASES) {
			Path file = workspace.resolve("cases").resolve(id + ".case");
			try {
				CaseStudy loaded = CaseFiles.load(file);
				int version = CrashContent.versionIn(loaded.getTitle());
				if (version < 0 || !Arrays.equals(CrashContent.caseBytes(id, version), Files.readAllBytes(file))) {
					defects.add(file.getFileName() + " mélange deux versions");
				}
			} catch (CaseLoadException e) {
				defects.add(e.getMessage());
			}
		}
		for (String name : CrashContent.PROTOCOLS) {
			Path file = workspace.resolve("protocols").resolve(name + ".coop");
			byte[] bytes = Files.readAllBytes(file);
			int version = CrashContent.versionIn(new String(bytes, StandardCharsets.UTF_8));
			if (version < 0 || !Arrays.equals(CrashContent.protocolBytes(name, version), bytes)) {
				defects.add(file.getFileName() + " tronqué ou mélangé (" + bytes.length + " octets)");
			}
		}
		return defects;
	}

	private static int highestVersion(Path workspace) throws IOException {
		int highest = 0;
		for (String name : CrashContent.PROTOCOLS) {
			highest = Math.max(highest, CrashContent.versionIn(Files.readString(workspace.resolve("protocols").resolve(name + ".coop"))));
		}
		return highest;
	}

	private static long leftovers(Path workspace) throws IOException {
		try (Stream<Path> files = Files.walk(workspace)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
		}
	}
}
