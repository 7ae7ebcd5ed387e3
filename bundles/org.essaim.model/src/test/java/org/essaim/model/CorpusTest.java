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
	private static final Pattern SOURCE = Pattern.compile("^- \\*\\*Source\\*\\* : `([^`]+)`");
	private static final Pattern QUOTE = Pattern.compile("^  > (.*)$");
	private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?");
	/** How much of the inventory's quote a case must cite word for word (the inventory cuts quotes mid-sentence). */
	private static final int QUOTE_PREFIX = 60;

	/** One initiative of the inventory: its id, its level of detail, the seed it quotes and the quote. */
	record Entry(String id, String detail, String document, String quote) {
	}

	static List<Entry> inventory() throws IOException {
		List<Entry> entries = new ArrayList<>();
		String id = null;
		String detail = null;
		String document = null;
		StringBuilder quote = new StringBuilder();
		for (String line : Files.readAllLines(INVENTORY)) {
			Matcher heading = ENTRY.matcher(line);
			Matcher level = DETAIL.matcher(line);
			Matcher source = SOURCE.matcher(line);
			Matcher quoted = QUOTE.matcher(line);
			if (heading.find()) {
				add(entries, id, detail, document, quote);
				id = heading.group(1);
				detail = null;
				document = null;
				quote.setLength(0);
			} else if (id != null && level.find()) {
				detail = level.group(1);
			} else if (id != null && source.find()) {
				document = source.group(1);
			} else if (id != null && document != null && quoted.find()) {
				quote.append(' ').append(quoted.group(1));
			} else if (line.startsWith("## ") || line.equals("---")) {
				add(entries, id, detail, document, quote);
				id = null;
			}
		}
		add(entries, id, detail, document, quote);
		return entries;
	}

	private static void add(List<Entry> entries, String id, String detail, String document, StringBuilder quote) {
		if (id != null && detail != null) {
			entries.add(new Entry(id, detail, document, normalized(quote.toString())));
		}
	}

	private static String normalized(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
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
				assertTrue(source.getDocument() != null && source.getDocument().matches("00[0-4]_[0-9a-f]+\\.txt"), entry.id() + ": " + source.getDocument());
				assertTrue(source.getLines() != null && LINES.matcher(source.getLines()).matches(), entry.id() + " " + source.getId() + " names its lines");
				assertTrue(!normalized(source.getQuote()).isEmpty(), entry.id() + " " + source.getId() + " quotes its source");
			}
		}
		assertEquals(173, levels.values().stream().mapToInt(Integer::intValue).sum());
	}

	@Test
	void everyCaseCitesThePassageItsInventoryEntryQuotes() throws Exception {
		for (Entry entry : inventory()) {
			assertTrue(entry.document() != null && !entry.quote().isEmpty(), entry.id() + " has a source and a quote in the inventory");
			String cited = entry.quote().substring(0, Math.min(QUOTE_PREFIX, entry.quote().length()));
			CaseStudy c = CaseFiles.load(CASES.resolve(entry.id() + ".case"));
			assertTrue(c.getSources().stream().anyMatch(source -> entry.document().equals(source.getDocument())
					&& normalized(source.getQuote()).contains(cited)), entry.id() + " cites « " + cited + " » from " + entry.document());
		}
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
