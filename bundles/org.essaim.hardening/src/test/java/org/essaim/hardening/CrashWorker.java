/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import java.nio.file.Files;
import java.nio.file.Path;

import org.essaim.index.EssaimIndex;
import org.essaim.model.CaseFiles;

/**
 * The process the crash harness kills: from the version it is given, it saves every case (CaseFiles.save) and
 * protocol (CaseFiles.writeAtomically) of the workspace again and again, updating the index every fourth round and
 * rebuilding it every twelfth. Usage: {@code CrashWorker <workspace> <index> <first version>}.
 */
public final class CrashWorker {

	private CrashWorker() {
	}

	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args[0]);
		Path indexDir = Path.of(args[1]);
		int version = Integer.parseInt(args[2]);
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			System.out.println("prêt");
			System.out.flush();
			for (;; version++) {
				for (String id : CrashContent.CASES) {
					CaseFiles.save(CrashContent.caseStudy(id, version), workspace.resolve("cases").resolve(id + ".case"));
				}
				for (String name : CrashContent.PROTOCOLS) {
					CaseFiles.writeAtomically(workspace.resolve("protocols").resolve(name + ".coop"), CrashContent.protocolBytes(name, version));
				}
				// Saves dominate, so that most kills land in the middle of one; the index is updated every fourth round.
				if (version % 12 == 0) {
					index.rebuild();
				} else if (version % 4 == 0) {
					index.update();
				}
				System.out.println("tour " + version);
				System.out.flush();
				if (Files.exists(workspace.resolve("stop"))) {
					return;
				}
			}
		}
	}
}
