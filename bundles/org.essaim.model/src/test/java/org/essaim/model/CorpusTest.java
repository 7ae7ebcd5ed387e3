/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Source;
import org.junit.jupiter.api.Test;

/**
 * The corpus is the inventory of the sources, whole: every initiative of examples/inventaire/cases.md is a case
 * file with the inventory's id, documented cases at « partiel », mentions at « ébauche », each citing its source.
 */
class CorpusTest {

	private static final Path INVENTORY = Path.of("../../examples/inventaire/cases.md");
	private static final Path CASES = Path.of("../../examples/cases");
	private static final Pattern ENTRY = Pattern.compile("^### `([A-Z0-9-]+)` — ");
	private static final Pattern DETAIL = Pattern.compile("^- \\*\\*Détail\\*\\* : (\\w+)");

	record Entry(String id, String detail) {
	}

	static List<Entry> inventory() throws IOException {
		List<Entry> entries = new ArrayList<>();
		String id = null;
		for (String line : Files.readAllLines(INVENTORY)) {
			Matcher heading = ENTRY.matcher(line);
			Matcher detail = DETAIL.matcher(line);
			if (heading.find()) {
				id = heading.group(1);
			} else if (id != null && detail.find()) {
				entries.add(new Entry(id, detail.group(1)));
				id = null;
			}
		}
		return entries;
	}

	@Test
	void theInventoryListsTheOneHundredAndSeventyThreeInitiatives() throws IOException {
		List<Entry> entries = inventory();
		assertEquals(173, entries.size());
		assertEquals(12, entries.stream().filter(e -> e.detail().equals("rich")).count());
		assertEquals(52, entries.stream().filter(e -> e.detail().equals("some")).count());
		assertEquals(109, entries.stream().filter(e -> e.detail().equals("mention")).count());
	}

	@Test
	void everyInitiativeIsACaseThatLoadsAndValidatesAtItsLevel() throws Exception {
		Map<Completeness, Integer> levels = new EnumMap<>(Completeness.class);
		for (Entry entry : inventory()) {
			Path file = CASES.resolve(entry.id() + "." + CaseFiles.EXTENSION);
			assertTrue(Files.exists(file), "missing case " + file);
			CaseStudy c = CaseFiles.load(file);
			assertEquals(entry.id(), c.getId());
			assertEquals(List.of(), CaseValidator.validate(c), entry.id());
			Completeness expected = entry.detail().equals("mention") ? Completeness.STUB : Completeness.PARTIAL;
			assertTrue(c.getCompleteness().compareTo(expected) >= 0, entry.id() + " is documented at least at " + expected.getLiteral());
			levels.merge(c.getCompleteness(), 1, Integer::sum);
			assertTrue(!c.getSources().isEmpty(), entry.id() + " cites its source");
			for (Source source : c.getSources()) {
				assertTrue(source.getDocument() != null && source.getDocument().matches("00[0-4]_[0-9a-f]+\\.txt"), source.getDocument());
			}
		}
		assertEquals(173, levels.values().stream().mapToInt(Integer::intValue).sum());
	}

	@Test
	void theCorpusHoldsNothingButTheInventory() throws IOException {
		List<String> ids = inventory().stream().map(Entry::id).toList();
		try (Stream<Path> files = Files.list(CASES)) {
			files.filter(f -> f.toString().endsWith(".case")).forEach(f -> assertTrue(
					ids.contains(f.getFileName().toString().replace(".case", "")), f + " is not in the inventory"));
		}
	}

	@Test
	void everyRelationTargetsACaseOfTheCorpus() throws Exception {
		List<String> ids = inventory().stream().map(Entry::id).toList();
		for (String id : ids) {
			CaseStudy c = CaseFiles.load(CASES.resolve(id + ".case"));
			c.getRelations().forEach(relation -> assertTrue(ids.contains(relation.getTarget()), id + " → " + relation.getTarget()));
		}
	}
}
