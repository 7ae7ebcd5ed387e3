/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Phase;

/**
 * The planned-versus-happened timeline of a case as standalone SVG: one row per phase that happened, placed on a
 * time axis by its dates (dashed when a date is missing), tagged with the planned phase it carried out or "hors
 * protocole"; the planned phases that never happened are listed under the axis. Deterministic.
 */
public final class Timeline {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
	private static final double ROW = 30;
	private static final double LABEL = 250;

	private Timeline() {
	}

	/** The timeline of a case; {@code plannedPhases} are the phase names of the protocol it followed, in order. */
	public static String toSvg(CaseStudy caseStudy, List<String> plannedPhases) {
		List<TimelinePhase> phases = new ArrayList<>();
		for (Phase phase : caseStudy.getPhases()) {
			String title = phase.getTitle() == null || phase.getTitle().isBlank() ? phase.getName() : phase.getTitle();
			phases.add(new TimelinePhase(title, nullToEmpty(phase.getPlannedPhase()), nullToEmpty(phase.getStart()), nullToEmpty(phase.getEnd())));
		}
		return toSvg("Déroulé prévu et réel : " + nullToEmpty(caseStudy.getTitle()), plannedPhases, phases);
	}

	/** The timeline of these phases against the planned phase names. */
	public static String toSvg(String title, List<String> plannedPhases, List<TimelinePhase> phases) {
		double width = 760;
		double[] range = range(phases);
		double axisLeft = LABEL + 20;
		double axisWidth = width - axisLeft - 30;
		Set<String> carriedOut = new LinkedHashSet<>();
		phases.forEach(p -> carriedOut.add(p.plannedPhase()));
		List<String> missing = plannedPhases.stream().filter(p -> !carriedOut.contains(p)).toList();
		double top = 64;
		double height = top + Math.max(phases.size(), 1) * ROW + 40 + (missing.isEmpty() ? 0 : 22 + 16 * missing.size()) + 24;
		Svg svg = new Svg(width, height, title, phases.size() + " phase(s) réalisée(s), " + plannedPhases.size() + " prévue(s) par le protocole");
		svg.text(10, 24, Svg.cut(title, 74), 15, "start", "bold", "#1d1d1b");
		svg.text(10, 44, plannedPhases.isEmpty() ? "Sans protocole de référence : phases telles qu'elles se sont déroulées."
				: "Protocole : " + plannedPhases.size() + " phase(s) prévue(s) ; " + (plannedPhases.size() - missing.size()) + " réalisée(s).", 12,
				"start", "normal", "#555555");
		double axisY = top + Math.max(phases.size(), 1) * ROW + 6;
		if (range != null) {
			drawAxis(svg, range, axisLeft, axisWidth, top, axisY);
		}
		double y = top;
		if (phases.isEmpty()) {
			svg.text(10, y + 16, "Aucune phase réalisée n'est documentée.", 12, "start", "normal", "#777777");
		}
		for (TimelinePhase phase : phases) {
			drawPhase(svg, phase, plannedPhases, range, axisLeft, axisWidth, y);
			y += ROW;
		}
		double listY = axisY + 40;
		if (!missing.isEmpty()) {
			svg.text(10, listY, "Prévu mais non documenté comme réalisé :", 12, "start", "bold", "#b2182b");
			for (String name : missing) {
				listY += 16;
				svg.text(24, listY, "• " + name, 12, "start", "normal", "#b2182b");
			}
		}
		svg.text(10, height - 8, "Barre pleine : dates connues ; pointillés : début ou fin non daté(e).", 10, "start", "normal", "#777777");
		return svg.end();
	}

	private static void drawPhase(Svg svg, TimelinePhase phase, List<String> planned, double[] range, double left, double width, double y) {
		boolean inProtocol = !phase.plannedPhase().isEmpty() && planned.contains(phase.plannedPhase());
		String tag = phase.plannedPhase().isEmpty() ? "hors protocole"
				: inProtocol ? "prévu : " + phase.plannedPhase() : "phase inconnue du protocole : " + phase.plannedPhase();
		svg.text(10, y + 11, Svg.cut(phase.title(), 40), 12, "start", "normal", "#1d1d1b");
		svg.text(10, y + 23, tag, 10, "start", "normal", inProtocol ? "#1b7837" : "#b35806");
		Double start = time(phase.start(), false);
		Double end = time(phase.end(), true);
		if (start == null && end == null) {
			svg.text(left, y + 16, "non daté", 11, "start", "normal", "#777777");
			return;
		}
		double from = start != null ? start : end - 0.5;
		double to = end != null ? end : start + 0.5;
		double x1 = left + (from - range[0]) / (range[1] - range[0]) * width;
		double x2 = Math.max(x1 + 4, left + (to - range[0]) / (range[1] - range[0]) * width);
		String colour = inProtocol ? "#5aae61" : "#fdb863";
		String dash = start == null || end == null ? " stroke-dasharray=\"4 3\" fill-opacity=\"0.45\"" : "";
		svg.raw("<rect x=\"" + Svg.num(x1) + "\" y=\"" + Svg.num(y + 4) + "\" width=\"" + Svg.num(x2 - x1) + "\" height=\"14\" rx=\"3\" fill=\""
				+ colour + "\" stroke=\"#444444\" stroke-width=\"0.6\"" + dash + "><title>" + Svg.escape(phase.title() + " : "
						+ (phase.start().isEmpty() ? "?" : phase.start()) + " → " + (phase.end().isEmpty() ? "?" : phase.end()))
				+ "</title></rect>\n");
	}

	private static void drawAxis(Svg svg, double[] range, double left, double width, double top, double axisY) {
		svg.raw("<line x1=\"" + Svg.num(left) + "\" y1=\"" + Svg.num(axisY) + "\" x2=\"" + Svg.num(left + width) + "\" y2=\"" + Svg.num(axisY)
				+ "\" stroke=\"#444444\"/>\n");
		int first = (int) Math.ceil(range[0]);
		int last = (int) Math.floor(range[1]);
		int step = Math.max(1, (last - first) / 10 + 1);
		for (int year = first; year <= last; year += step) {
			double x = left + (year - range[0]) / (range[1] - range[0]) * width;
			svg.raw("<line x1=\"" + Svg.num(x) + "\" y1=\"" + Svg.num(top) + "\" x2=\"" + Svg.num(x) + "\" y2=\"" + Svg.num(axisY + 4)
					+ "\" stroke=\"#dddddd\"/>\n");
			svg.text(x, axisY + 18, Integer.toString(year), 11, "middle", "normal", "#444444");
		}
	}

	/** The years the axis spans, whole years around every known date; {@code null} when no date is known. */
	private static double[] range(List<TimelinePhase> phases) {
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (TimelinePhase phase : phases) {
			for (Double t : new Double[] { time(phase.start(), false), time(phase.end(), true) }) {
				if (t != null) {
					min = Math.min(min, t);
					max = Math.max(max, t);
				}
			}
		}
		if (min == Double.MAX_VALUE) {
			return null; // nothing dated: no axis
		}
		return new double[] { Math.floor(min), Math.max(Math.ceil(max), Math.floor(min) + 1) };
	}

	/** A fuzzy date as a fractional year: its beginning, or its end for an end date ("2014" ends at 2015.0). */
	static Double time(String text, boolean end) {
		Matcher m = text == null ? null : DATE.matcher(text.trim());
		if (m == null || !m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return end ? year + 1.0 : year;
		}
		int month = Integer.parseInt(m.group(2));
		if (m.group(3) == null) {
			return year + (end ? month : month - 1) / 12.0;
		}
		int day = Integer.parseInt(m.group(3));
		return year + (month - 1) / 12.0 + (day - (end ? 0 : 1)) / 365.0;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
