/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryRunnerTest {

	private final QueryRunner runner = new QueryRunner(new FrenchTextAnalyzer(), FrenchTextAnalyzer.forQueries(), Path.of("/ws"));

	@ParameterizedTest
	@ValueSource(strings = { "\"résidence", "(designers", "title:", "AND", "résidence]", "a:b:c", "*", "~", "\\" })
	void brokenSyntaxIsRetriedAsPlainWordsOrRefusedWithAMessage(String text) {
		try {
			assertNotNull(runner.parse(text));
		} catch (QueryException e) {
			assertTrue(e.getMessage().contains(text), e.getMessage());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t" })
	void emptyQueriesAreRefused(String text) {
		assertThrows(QueryException.class, () -> runner.parse(text));
	}
}
