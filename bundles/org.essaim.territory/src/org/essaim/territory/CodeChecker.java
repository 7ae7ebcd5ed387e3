/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.essaim.territory.internal.Names;

/** Says whether a code is current, replaced or unknown, and what was probably meant; messages in French. */
final class CodeChecker {

	private final Geography geography;
	private final NameIndex names;

	CodeChecker(Geography geography, NameIndex names) {
		this.geography = geography;
		this.names = names;
	}

	CodeCheck check(Level level, String code, String nameHint) {
		Optional<TerritoryUnit> unit = geography.find(level, code);
		if (unit.isPresent()) {
			return checkName(unit.get(), code, nameHint);
		}
		if (level == Level.COMMUNE) {
			Geography.Replacement replacement = geography.replacement(code);
			if (replacement != null) {
				Commune current = geography.commune(replacement.currentCode()).orElseThrow();
				String former = replacement.formerName().isEmpty() ? "" : " (" + replacement.formerName() + ")";
				return new CodeCheck(code, CodeCheck.Status.REPLACED, Optional.of(current), List.of(current),
						"Le code commune " + code + former + " n'est plus un code de commune : " + replacement.reason() + " ; utiliser "
								+ current.code() + " (" + current.name() + ").");
			}
		}
		List<TerritoryUnit> suggestions = suggestions(level, code, nameHint);
		String message = "Code " + level.label() + " inconnu : « " + code + " »"
				+ (suggestions.isEmpty() ? "." : " ; vouliez-vous dire " + describe(suggestions) + " ?");
		return new CodeCheck(code, CodeCheck.Status.UNKNOWN, Optional.empty(), suggestions, message);
	}

	private CodeCheck checkName(TerritoryUnit unit, String code, String nameHint) {
		if (nameHint == null || nameHint.isBlank() || Names.fold(nameHint).equals(Names.fold(unit.name()))) {
			return new CodeCheck(code, CodeCheck.Status.KNOWN, Optional.of(unit), List.of(), "");
		}
		List<TerritoryUnit> named = names.lookup(nameHint, unit.level()).stream().map(NameMatch::unit).distinct().limit(3).toList();
		if (named.contains(unit)) {
			return new CodeCheck(code, CodeCheck.Status.KNOWN, Optional.of(unit), List.of(), "");
		}
		// The code is valid but names another unit than the text beside it: keep the code, say what it designates.
		String message = "Le code " + unit.level().label() + " " + code + " désigne " + unit.name() + ", pas « " + nameHint + " »"
				+ (named.isEmpty() ? "." : " ; « " + nameHint + " » est " + describe(named) + ".");
		return new CodeCheck(code, CodeCheck.Status.KNOWN, Optional.of(unit), named, message);
	}

	private List<TerritoryUnit> suggestions(Level level, String code, String nameHint) {
		if (nameHint != null && !nameHint.isBlank()) {
			List<TerritoryUnit> named = names.lookup(nameHint, level).stream().map(NameMatch::unit).distinct().limit(3).toList();
			if (!named.isEmpty()) {
				return named;
			}
		}
		// Without a name, the codes one keystroke away (a digit changed, two digits swapped).
		List<TerritoryUnit> close = new ArrayList<>();
		for (String candidate : oneEditAway(code)) {
			geography.find(level, candidate).ifPresent(close::add);
		}
		return close.stream().distinct().sorted(Comparator.comparingInt((TerritoryUnit u) -> -geography.population(u))).limit(3).toList();
	}

	private static List<String> oneEditAway(String code) {
		List<String> variants = new ArrayList<>();
		char[] chars = code.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char original = chars[i];
			for (char digit = '0'; digit <= '9'; digit++) {
				if (digit != original) {
					chars[i] = digit;
					variants.add(new String(chars));
				}
			}
			chars[i] = original;
			if (i + 1 < chars.length) {
				char[] swapped = code.toCharArray();
				swapped[i] = chars[i + 1];
				swapped[i + 1] = chars[i];
				variants.add(new String(swapped));
			}
		}
		if (code.length() == 4 && code.chars().allMatch(Character::isDigit)) {
			variants.add(0, "0" + code); // a spreadsheet dropped the leading zero
		}
		return variants;
	}

	private static String describe(List<TerritoryUnit> units) {
		return String.join(" ou ", units.stream().map(u -> u.code() + " (" + u.name() + ")").toList());
	}
}
