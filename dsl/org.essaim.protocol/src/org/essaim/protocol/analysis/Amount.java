/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as practitioners write it ("50 000 €", "50 k€", "1,5 M€", "200 millions d'euros",
 * "14 000 euros par an"), read into euros so that it can be checked, compared and summed.
 */
public record Amount(BigDecimal euros, String per) {

	// Thousands may be grouped by spaces (ordinary, no-break or narrow no-break); the decimal mark is , or .
	private static final Pattern AMOUNT = Pattern.compile(
			"(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[,.](\\d+))?\\s*"
					+ "(k|K|M|Md|mille|millions?|milliards?)?\\s*(?:d['’]\\s*)?(€|euros?|EUR)"
					+ "(?:\\s+par\\s+(an|année|annee|mois|personne|projet|résidence|residence))?",
			Pattern.UNICODE_CASE);

	/** Reads {@code text}, or returns empty when it is not an amount in euros. */
	public static Optional<Amount> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = AMOUNT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String integral = matcher.group(1).replaceAll("[ \\u00A0\\u202F]", "");
		String decimals = matcher.group(2) == null ? "" : "." + matcher.group(2);
		BigDecimal value = new BigDecimal(integral + decimals).multiply(multiplier(matcher.group(3)));
		String per = matcher.group(5) == null ? null : matcher.group(5).toLowerCase(Locale.ROOT);
		return Optional.of(new Amount(value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(), per));
	}

	private static BigDecimal multiplier(String word) {
		if (word == null) {
			return BigDecimal.ONE;
		}
		return switch (word) {
		case "k", "K", "mille" -> BigDecimal.valueOf(1_000);
		case "M", "million", "millions" -> BigDecimal.valueOf(1_000_000);
		default -> BigDecimal.valueOf(1_000_000_000);
		};
	}
}
