/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.List;

/**
 * Horizontal bars as standalone SVG, for facet counts (cases by kind of territory, places by région...): bars in
 * the given order, labels on the left, counts at the end of each bar. Deterministic.
 */
public final class BarChart {

	private static final double ROW = 22;
	private static final double BAR = 15;
	private static final int MAX_LABEL = 38;

	private BarChart() {
	}

	/** The chart; {@code unit} names what is counted ("cas"), shown in the caption. */
	public static String toSvg(String title, List<Bar> bars, String unit) {
		return toSvg(title, bars, unit, 560);
	}

	/** The chart at a given width in pixels. */
	public static String toSvg(String title, List<Bar> bars, String unit, double width) {
		int longest = bars.stream().mapToInt(b -> Svg.cut(b.label(), MAX_LABEL).length()).max().orElse(4);
		double labelWidth = Math.min(width * 0.45, 12 + longest * 6.6);
		double valueWidth = 52;
		double barSpace = width - labelWidth - valueWidth - 10;
		long max = bars.stream().mapToLong(Bar::count).max().orElse(0);
		long total = bars.stream().mapToLong(Bar::count).sum();
		double top = 40;
		double height = top + Math.max(bars.size(), 1) * ROW + 28;
		Svg svg = new Svg(width, height, title, Svg.count(total) + " " + unit + " au total");
		svg.text(10, 24, title, 15, "start", "bold", "#1d1d1b");
		if (bars.isEmpty()) {
			svg.text(10, top + 16, "Aucune donnée.", 12, "start", "normal", "#777777");
		}
		double y = top;
		for (Bar bar : bars) {
			double length = max == 0 ? 0 : Math.max(bar.count() > 0 ? 1 : 0, barSpace * bar.count() / max);
			svg.text(labelWidth, y + 12, Svg.cut(bar.label(), MAX_LABEL), 12, "end", "normal", "#1d1d1b");
			svg.raw("<rect x=\"" + Svg.num(labelWidth + 8) + "\" y=\"" + Svg.num(y + (ROW - BAR) / 2 - 2) + "\" width=\"" + Svg.num(length)
					+ "\" height=\"" + Svg.num(BAR) + "\" fill=\"#3182bd\"><title>" + Svg.escape(bar.label() + " : " + Svg.count(bar.count()) + " " + unit)
					+ "</title></rect>\n");
			svg.text(labelWidth + 14 + length, y + 12, Svg.count(bar.count()), 12, "start", "normal", "#1d1d1b");
			y += ROW;
		}
		svg.text(10, height - 10, "Total : " + Svg.count(total) + " " + unit, 11, "start", "normal", "#777777");
		return svg.end();
	}
}
