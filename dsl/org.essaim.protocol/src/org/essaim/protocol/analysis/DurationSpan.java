/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import org.essaim.protocol.coop.Duration;
import org.essaim.protocol.coop.DurationUnit;

/**
 * A duration of the language as a span of days, shortest to longest ("de 2 à 6 mois" is 61 to 183 days),
 * so that durations written in different units can be compared. Months and years are their calendar averages.
 */
public record DurationSpan(double minDays, double maxDays) {

	public static final DurationSpan NONE = new DurationSpan(0, 0);

	/** The span of {@code duration}, or {@link #NONE} when no duration is written. */
	public static DurationSpan of(Duration duration) {
		if (duration == null) {
			return NONE;
		}
		double unit = days(duration.getUnit());
		int min = duration.getMin() > 0 ? duration.getMin() : duration.getValue();
		return new DurationSpan(min * unit, duration.getValue() * unit);
	}

	public DurationSpan plus(DurationSpan other) {
		return new DurationSpan(minDays + other.minDays, maxDays + other.maxDays);
	}

	public static double days(DurationUnit unit) {
		return switch (unit) {
		case MINUTES -> 1.0 / 1440;
		case HOURS -> 1.0 / 24;
		case DAYS -> 1;
		case WEEKS -> 7;
		case MONTHS -> 365.25 / 12;
		case YEARS -> 365.25;
		};
	}

	/** Says a number of days in the largest unit that keeps it readable: "3 mois", "2 semaines", "90 minutes". */
	public static String describe(double days) {
		if (days >= 365.25 && days % 365.25 < 1) {
			return plural(Math.round(days / 365.25), "an", "ans");
		}
		if (days >= 28) {
			return plural(Math.round(days / (365.25 / 12)), "mois", "mois");
		}
		if (days >= 7 && days % 7 == 0) {
			return plural(Math.round(days / 7), "semaine", "semaines");
		}
		if (days >= 1) {
			return plural(Math.round(days), "jour", "jours");
		}
		long minutes = Math.round(days * 1440);
		if (minutes >= 60 && minutes % 60 == 0) {
			return plural(minutes / 60, "heure", "heures");
		}
		return plural(minutes, "minute", "minutes");
	}

	private static String plural(long count, String one, String many) {
		return count + " " + (count > 1 ? many : one);
	}
}
