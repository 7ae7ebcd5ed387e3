/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.essaim.protocol.analysis.Amount;
import org.essaim.protocol.analysis.Cycles;
import org.essaim.protocol.analysis.DurationSpan;
import org.essaim.protocol.analysis.PhaseGraph;
import org.essaim.protocol.coop.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** Amounts read as practitioners write them, and the shortest time a chain of phases takes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class AnalysisTest {

	@Inject
	private ParseHelper<Protocol> parser;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50 000 €|50000", "50000 €|50000", "50 k€|50000", "1,5 M€|1500000", "1.5 M€|1500000",
			"200 millions d'euros|200000000", "14 000 euros|14000", "20 k€|20000", "3 milliards d’euros|3000000000", "150 M€|150000000" })
	void amountsAreReadInEuros(String text, String euros) {
		assertEquals(0, new BigDecimal(euros).compareTo(Amount.parse(text).orElseThrow().euros()), text);
	}

	@Test
	void aPeriodicityIsKept() {
		assertEquals("an", Amount.parse("14 000 € par an").orElseThrow().per());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "beaucoup", "50 k", "€", "1 2 3 €", "-5 €", "cinquante euros", "''" })
	void otherTextsAreNotAmounts(String text) {
		assertTrue(Amount.parse(text).isEmpty(), text);
	}

	@Test
	void theCriticalPathFollowsTheLongestChain() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants a durée 2 mois }
				  phase court "Court" { après un participants a durée 1 semaine }
				  phase long "Long" { après un participants a durée de 3 à 4 mois }
				  phase fin "Fin" { après court, long participants a durée 10 jours }
				}
				""");
		DurationSpan path = PhaseGraph.criticalPath(protocol);
		assertEquals(2 * 365.25 / 12 + 3 * 365.25 / 12 + 10, path.minDays(), 0.001);
		assertEquals(2 * 365.25 / 12 + 4 * 365.25 / 12 + 10, path.maxDays(), 0.001);
	}

	@Test
	void spansAreDescribedInTheirLargestReadableUnit() {
		assertEquals("2 ans", DurationSpan.describe(2 * 365.25));
		assertEquals("6 mois", DurationSpan.describe(6 * 365.25 / 12));
		assertEquals("3 semaines", DurationSpan.describe(21));
		assertEquals("75 minutes", DurationSpan.describe(75.0 / 1440));
		assertEquals("2 heures", DurationSpan.describe(2.0 / 24));
	}

	@Test
	void cyclesAreFoundInOnePassWithoutRecursion() {
		int count = 200_000;
		List<Object> nodes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			nodes.add(new Object());
		}
		Map<Object, Integer> position = new IdentityHashMap<>();
		nodes.forEach(node -> position.put(node, position.size()));
		AtomicInteger asked = new AtomicInteger();
		// A chain 0 → 1 → ... → n-1, whose last three nodes loop back; node 5 also points at itself.
		Set<Object> inCycles = Cycles.nodesInCycles(nodes, node -> {
			asked.incrementAndGet();
			int at = position.get(node);
			if (at == count - 1) {
				return List.of(nodes.get(count - 3));
			}
			return at == 5 ? List.of(nodes.get(6), node) : List.of(nodes.get(at + 1));
		});
		assertEquals(count, asked.get(), "each node's successors asked once");
		assertEquals(Set.of(count - 3, count - 2, count - 1, 5),
				inCycles.stream().map(position::get).collect(Collectors.toSet()));
	}
}
