/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the protocol's planned phases beside the phases a case actually ran, on one axis counted in
 * months: planned phases follow their « après » order (or the file's) from the first dated run phase, run
 * phases sit at their dates. Each planned phase is matched with the run phases that name it.
 */
public final class PlanVsRun {

	/** A phase of the protocol: its name, title, duration in months (0 when the protocol gives none) and predecessors. */
	public record Planned(String name, String title, double months, List<String> after) {
	}

	/** A phase of the case: its name, title, the planned phase it carried out (or null) and its dates as written. */
	public record Run(String name, String title, String plannedPhase, String start, String end) {
	}

	/** How a row of the comparison turned out. */
	public enum Status {
		/** Planned and run. */
		RUN,
		/** Planned, not run (or not recorded). */
		NOT_RUN,
		/** Run without a planned counterpart. */
		ADDED
	}

	/**
	 * A bar on the axis: months since year 0 (start inclusive, end exclusive); dated is false for a guessed
	 * place; link is, for a run phase, the planned phase it carried out.
	 */
	public record Bar(String name, String label, double start, double end, boolean dated, Status status, String link) {

		Bar with(Status newStatus) {
			return new Bar(name, label, start, end, dated, newStatus, link);
		}
	}

	/** One line of the comparison table. */
	public record Row(String planned, double plannedMonths, String run, String runDates, Status status) {
	}

	/** Used for a planned phase without a duration: wide enough to be seen and labelled. */
	static final double DEFAULT_MONTHS = 1;

	private final List<Bar> plannedBars = new ArrayList<>();
	private final List<Bar> runBars = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();

	private PlanVsRun() {
	}

	/** Compares the planned phases (empty when the case follows no protocol) with the run ones. */
	public static PlanVsRun of(List<Planned> planned, List<Run> run, String casePeriodStart) {
		PlanVsRun result = new PlanVsRun();
		result.layOutRun(run, casePeriodStart);
		result.layOutPlanned(planned, result.anchor(casePeriodStart));
		result.compare(planned, run);
		return result;
	}

	private void layOutRun(List<Run> phases, String casePeriodStart) {
		double cursor = Dates.start(casePeriodStart).orElse(Double.NaN);
		for (Run phase : phases) {
			var start = Dates.start(phase.start());
			var end = Dates.end(phase.end());
			Status status = phase.plannedPhase() == null || phase.plannedPhase().isBlank() ? Status.ADDED : Status.RUN;
			String label = phase.title() == null || phase.title().isBlank() ? phase.name() : phase.title();
			if (start.isPresent() || end.isPresent()) {
				double from = start.orElseGet(() -> end.orElseThrow() - DEFAULT_MONTHS);
				double to = end.orElse(from + DEFAULT_MONTHS);
				runBars.add(new Bar(phase.name(), label, from, Math.max(to, from + 0.25), true, status, phase.plannedPhase()));
				cursor = Math.max(Double.isNaN(cursor) ? to : cursor, to);
			} else {
				double from = Double.isNaN(cursor) ? 0 : cursor;
				runBars.add(new Bar(phase.name(), label, from, from + DEFAULT_MONTHS, false, status, phase.plannedPhase()));
				cursor = from + DEFAULT_MONTHS;
			}
		}
	}

	private double anchor(String casePeriodStart) {
		return runBars.stream().filter(Bar::dated).mapToDouble(Bar::start).min()
				.orElse(Dates.start(casePeriodStart).orElse(0.0));
	}

	private void layOutPlanned(List<Planned> phases, double anchor) {
		Map<String, Double> ends = new HashMap<>();
		double previousEnd = anchor;
		for (Planned phase : phases) {
			double start = phase.after().isEmpty() ? previousEnd
					: phase.after().stream().mapToDouble(name -> ends.getOrDefault(name, anchor)).max().orElse(anchor);
			double length = phase.months() > 0 ? phase.months() : DEFAULT_MONTHS;
			ends.put(phase.name(), start + length);
			previousEnd = start + length;
			plannedBars.add(new Bar(phase.name(), phase.title(), start, start + length, phase.months() > 0, Status.RUN, null));
		}
	}

	private void compare(List<Planned> planned, List<Run> run) {
		List<String> plannedNames = planned.stream().map(Planned::name).toList();
		for (int i = 0; i < planned.size(); i++) {
			Planned phase = planned.get(i);
			List<Run> carriedOut = run.stream().filter(r -> phase.name().equals(r.plannedPhase())).toList();
			if (carriedOut.isEmpty()) {
				rows.add(new Row(phase.title(), phase.months(), "", "", Status.NOT_RUN));
				plannedBars.set(i, plannedBars.get(i).with(Status.NOT_RUN));
			}
			for (Run r : carriedOut) {
				rows.add(new Row(phase.title(), phase.months(), titleOf(r), Dates.span(r.start(), r.end()), Status.RUN));
			}
		}
		for (int i = 0; i < run.size(); i++) {
			Run r = run.get(i);
			if (r.plannedPhase() == null || !plannedNames.contains(r.plannedPhase())) {
				rows.add(new Row("", 0, titleOf(r), Dates.span(r.start(), r.end()), Status.ADDED));
				runBars.set(i, runBars.get(i).with(Status.ADDED));
			}
		}
	}

	private static String titleOf(Run run) {
		return run.title() == null || run.title().isBlank() ? run.name() : run.title();
	}

	public List<Bar> planned() {
		return plannedBars;
	}

	public List<Bar> run() {
		return runBars;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The first month shown (whole years, so the axis reads well). */
	public double from() {
		double min = Double.MAX_VALUE;
		for (Bar bar : all()) {
			min = Math.min(min, bar.start());
		}
		return min == Double.MAX_VALUE ? 0 : Math.floor(min / 12) * 12;
	}

	/** The month after the last one shown. */
	public double to() {
		double max = -Double.MAX_VALUE;
		for (Bar bar : all()) {
			max = Math.max(max, bar.end());
		}
		return max == -Double.MAX_VALUE ? 12 : Math.max(Math.ceil(max / 12) * 12, from() + 12);
	}

	private List<Bar> all() {
		List<Bar> all = new ArrayList<>(plannedBars);
		all.addAll(runBars);
		return all;
	}
}
