/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.essaim.index.EssaimIndex;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any string typed in the search box gives hits or a QueryException with a message, never another exception. */
class QueryFuzzTest {

	private static Path workspace;
	private static EssaimIndex index;

	@BeforeAll
	static void indexTheExamples() throws IOException {
		workspace = Workspaces.examplesCopy("essaim-fuzz-query", 12);
		index = EssaimIndex.open(workspace, workspace.resolveSibling(workspace.getFileName() + "-index"));
		index.rebuild();
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
		Workspaces.deleteTree(workspace.resolveSibling(workspace.getFileName() + "-index"));
		Workspaces.deleteTree(workspace);
	}

	@FuzzTest(maxDuration = "5m")
	void anyQueryGivesHitsOrAMessage(byte[] input) {
		String query = new String(input, StandardCharsets.UTF_8);
		try {
			for (SearchHit hit : index.search(query, 10)) {
				assertNotNull(hit.file());
			}
		} catch (QueryException e) {
			assertNotNull(e.getMessage());
			assertFalse(e.getMessage().isBlank(), "a query error without a message");
		}
	}
}
