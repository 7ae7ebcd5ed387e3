/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of free precision as cases write them: a year (2013), a month (2015-03) or a day (2015-03-12),
 * read as the span of days it covers.
 */
record FuzzyDate(LocalDate first, LocalDate last) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** The span of {@code text}, or null when it is not one of the three forms (or not a real date). */
	static FuzzyDate parse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) == null) {
				return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			if (matcher.group(3) == null) {
				return new FuzzyDate(month.atDay(1), month.atEndOfMonth());
			}
			LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
			return new FuzzyDate(day, day);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** Whether this can come before {@code end}: "2015-03" to "2015" is fine, "2016" to "2015-12" is not. */
	boolean canPrecede(FuzzyDate end) {
		return !first.isAfter(end.last);
	}
}
