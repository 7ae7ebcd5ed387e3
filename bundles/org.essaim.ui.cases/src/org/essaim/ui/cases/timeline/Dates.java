/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The case model's dates of free precision (2015, 2015-03, 2015-03-12) as months on the timeline's axis. */
final class Dates {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private Dates() {
	}

	/** Where a period starting at {@code text} begins: the start of its year, month or day. */
	static Optional<Double> start(String text) {
		return parse(text, false);
	}

	/** Where a period ending at {@code text} ends: the end of its year, month or day. */
	static Optional<Double> end(String text) {
		return parse(text, true);
	}

	/** « 2015-03 → 2015-07 », « → 2015-07 », or empty. */
	static String span(String start, String end) {
		boolean hasStart = start != null && !start.isBlank();
		boolean hasEnd = end != null && !end.isBlank();
		if (!hasStart && !hasEnd) {
			return "";
		}
		if (hasStart && hasEnd && start.equals(end)) {
			return start;
		}
		return (hasStart ? start : "") + " → " + (hasEnd ? end : "");
	}

	private static Optional<Double> parse(String text, boolean end) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		double months = Integer.parseInt(matcher.group(1)) * 12.0;
		if (matcher.group(2) == null) {
			return Optional.of(months + (end ? 12 : 0));
		}
		months += Integer.parseInt(matcher.group(2)) - 1;
		if (matcher.group(3) == null) {
			return Optional.of(months + (end ? 1 : 0));
		}
		double day = (Integer.parseInt(matcher.group(3)) - 1) / 31.0;
		return Optional.of(months + day + (end ? 1 / 31.0 : 0));
	}
}
