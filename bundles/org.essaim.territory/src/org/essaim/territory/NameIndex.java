/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.territory.internal.Names;

/** Names of the reference units, folded ({@link Names#fold}), with former names beside official ones. */
final class NameIndex {

	private static final Set<String> PREFIX_WORDS = Set.of("region", "departement", "commune", "ville", "metropole", "de", "du", "des",
			"d", "l", "la", "le", "les");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
	/** Communes this small are named in case texts only together with their département. */
	private static final int LONE_COMMUNE_MIN_POPULATION = 2000;

	private record Entry(TerritoryUnit unit, NameMatch.How how, String name) {
	}

	private final Map<String, List<Entry>> byName = new HashMap<>();
	private int longestName;
	private Map<Integer, List<String>> namesByLength;

	void addOfficial(TerritoryUnit unit) {
		add(unit.name(), unit, NameMatch.How.OFFICIAL);
	}

	void addFormerName(String name, TerritoryUnit unit) {
		add(name, unit, NameMatch.How.FORMER_NAME);
	}

	private void add(String name, TerritoryUnit unit, NameMatch.How how) {
		String folded = Names.fold(name);
		if (folded.isEmpty()) {
			return;
		}
		List<Entry> entries = byName.computeIfAbsent(folded, k -> new ArrayList<>(1));
		if (entries.stream().noneMatch(e -> e.unit().equals(unit))) {
			entries.add(new Entry(unit, how, name));
			longestName = Math.max(longestName, (int) folded.chars().filter(c -> c == ' ').count() + 1);
			namesByLength = null;
		}
	}

	List<NameMatch> lookup(String name, Level level) {
		String folded = Names.fold(name);
		List<NameMatch> found = exact(folded, level, null);
		List<String> words = new ArrayList<>(List.of(folded.split(" ")));
		while (found.isEmpty() && words.size() > 1 && PREFIX_WORDS.contains(words.get(0))) {
			words.remove(0);
			found = exact(String.join(" ", words), level, null);
		}
		if (found.isEmpty()) {
			found = close(folded, level);
		}
		return found;
	}

	private List<NameMatch> exact(String folded, Level level, NameMatch.How forced) {
		return byName.getOrDefault(folded, List.of()).stream().filter(e -> level == null || e.unit().level() == level)
				.map(e -> new NameMatch(e.unit(), forced == null ? e.how() : forced, e.name())).sorted(BEST_FIRST).toList();
	}

	/** Misspellings: the names at the smallest edit distance, within a tolerance growing with the name's length. */
	private List<NameMatch> close(String folded, Level level) {
		int limit = Names.tolerance(folded);
		if (limit == 0) {
			return List.of();
		}
		int best = limit + 1;
		List<String> closest = new ArrayList<>();
		Map<Integer, List<String>> lengths = byLength();
		for (int length = folded.length() - limit; length <= folded.length() + limit; length++) {
			for (String candidate : lengths.getOrDefault(length, List.of())) {
			int distance = Names.distance(folded, candidate, Math.min(limit, best));
			if (distance < best) {
				best = distance;
				closest.clear();
			}
			if (distance == best && distance <= limit) {
				closest.add(candidate);
			}
			}
		}
		List<NameMatch> matches = new ArrayList<>();
		closest.forEach(key -> matches.addAll(exact(key, level, NameMatch.How.SPELLING)));
		return matches.stream().sorted(BEST_FIRST).toList();
	}

	/** Names by length, so that a misspelling is compared only with names of a length within reach. */
	private synchronized Map<Integer, List<String>> byLength() {
		if (namesByLength == null) {
			Map<Integer, List<String>> lengths = new HashMap<>();
			byName.keySet().stream().sorted().forEach(k -> lengths.computeIfAbsent(k.length(), l -> new ArrayList<>()).add(k));
			namesByLength = lengths;
		}
		return namesByLength;
	}

	private static final Comparator<NameMatch> BEST_FIRST = Comparator.comparing(NameMatch::how)
			.thenComparing(m -> m.unit().level()).thenComparing(m -> -m.unit().population()).thenComparing(m -> m.unit().code());

	/**
	 * Units named in a free text, longest names first: régions and départements (official or former names), and
	 * communes written with a capital whose population makes a lone mention plausible, or whose département the
	 * text also names.
	 */
	List<TerritoryUnit> findIn(String text) {
		List<String> tokens = new ArrayList<>();
		List<Boolean> capitalised = new ArrayList<>();
		Matcher matcher = WORD.matcher(text == null ? "" : text);
		while (matcher.find()) {
			String folded = Names.fold(matcher.group());
			if (!folded.isEmpty()) {
				tokens.add(folded);
				capitalised.add(Character.isUpperCase(matcher.group().charAt(0)));
			}
		}
		boolean[] used = new boolean[tokens.size()];
		List<int[]> spans = new ArrayList<>();
		List<List<Entry>> spanEntries = new ArrayList<>();
		for (int length = Math.min(longestName, tokens.size()); length >= 1; length--) {
			for (int start = 0; start + length <= tokens.size(); start++) {
				if (!capitalised.get(start) || anyUsed(used, start, length)) {
					continue;
				}
				List<Entry> entries = byName.get(String.join(" ", tokens.subList(start, start + length)));
				if (entries == null || (length == 1 && tokens.get(start).length() < 3)) {
					continue;
				}
				List<Entry> useful = entries.stream().filter(e -> !(e.unit() instanceof Epci)).toList();
				if (!useful.isEmpty()) {
					spans.add(new int[] { start, length });
					spanEntries.add(useful);
					for (int i = start; i < start + length; i++) {
						used[i] = true;
					}
				}
			}
		}
		Set<String> departementsNamed = new HashSet<>();
		for (List<Entry> entries : spanEntries) {
			entries.stream().filter(e -> e.unit() instanceof Departement).forEach(e -> departementsNamed.add(e.unit().code()));
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt(i -> spans.get(i)[0]));
		Set<TerritoryUnit> units = new LinkedHashSet<>();
		for (int i : order) {
			pick(spanEntries.get(i), departementsNamed).ifPresent(units::add);
		}
		return List.copyOf(units);
	}

	private static java.util.Optional<TerritoryUnit> pick(List<Entry> entries, Set<String> departementsNamed) {
		for (Entry entry : entries) {
			if (entry.unit() instanceof Region || entry.unit() instanceof Departement) {
				return java.util.Optional.of(entry.unit());
			}
		}
		return entries.stream().map(Entry::unit).filter(Commune.class::isInstance).map(Commune.class::cast)
				.filter(c -> departementsNamed.contains(c.departementCode()) || c.population() >= LONE_COMMUNE_MIN_POPULATION)
				.max(Comparator.comparing((Commune c) -> departementsNamed.contains(c.departementCode())).thenComparingInt(Commune::population))
				.map(TerritoryUnit.class::cast);
	}

	private static boolean anyUsed(boolean[] used, int start, int length) {
		for (int i = start; i < start + length; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}
}
