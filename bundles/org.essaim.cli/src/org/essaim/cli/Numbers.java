/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.text.NumberFormat;

/**
 * Figures written into the command's texts as their language writes them: « 9 419,5 » in French (narrow no-break
 * space between thousands, decimal comma), "9,419.5" in English. Machine formats (JSON, CSV) do not use this.
 */
final class Numbers {

	private Numbers() {
	}

	/** {@code value} with exactly {@code fractionDigits} decimals and thousands grouped. */
	static String decimal(double value, int fractionDigits) {
		NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(value);
	}
}
