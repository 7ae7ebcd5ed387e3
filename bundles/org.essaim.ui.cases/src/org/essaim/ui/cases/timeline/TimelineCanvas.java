/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link PlanVsRun}: a year axis, the planned phases on the upper lane, the phases run below, and a
 * dotted link from each planned phase to the phases that carried it out. Undated bars are drawn dashed.
 */
final class TimelineCanvas extends Canvas {

	private static final int MARGIN = 12;
	private static final int INDENT = 16;
	private static final int TITLE_HEIGHT = 22;
	private static final int BAR_HEIGHT = 22;
	private static final int GAP = 4;

	private final Color planned;
	private final Color run;
	private final Color added;
	private final Color missing;
	private final Color axis;
	private PlanVsRun timeline;
	private String plannedTitle = "";

	TimelineCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		planned = new Color(new RGB(0x5B, 0x8D, 0xD6));
		run = new Color(new RGB(0x4C, 0xAF, 0x6E));
		added = new Color(new RGB(0xE0, 0x9A, 0x3A));
		missing = new Color(new RGB(0xB0, 0xB0, 0xB0));
		axis = new Color(new RGB(0x60, 0x60, 0x60));
		addPaintListener(event -> paint(event.gc));
	}

	void show(PlanVsRun shown, String title) {
		this.timeline = shown;
		this.plannedTitle = title;
		redraw();
		getParent().layout(true, true);
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int lanes = timeline == null ? 2 : timeline.planned().size() + timeline.run().size();
		int height = 2 * MARGIN + 24 + 2 * TITLE_HEIGHT + lanes * (BAR_HEIGHT + GAP) + 16;
		return new Point(wHint == SWT.DEFAULT ? 700 : wHint, hHint == SWT.DEFAULT ? height : hHint);
	}

	private void paint(GC gc) {
		if (timeline == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		Rectangle area = getClientArea();
		double from = timeline.from();
		double to = timeline.to();
		int left = MARGIN + INDENT;
		int right = area.width - MARGIN;
		int width = Math.max(100, right - left);
		int y = drawAxis(gc, from, to, left, width, MARGIN, area.height);
		gc.setForeground(axis);
		gc.drawString(plannedTitle, MARGIN, y, true);
		y += TITLE_HEIGHT;
		int plannedTop = y;
		y = drawLane(gc, timeline.planned(), true, from, to, left, width, y, right);
		gc.setForeground(axis);
		gc.drawString(Messages.timeline_runLane, MARGIN, y + 4, true);
		y += TITLE_HEIGHT + 4;
		int runTop = y;
		drawLane(gc, timeline.run(), false, from, to, left, width, y, right);
		drawLinks(gc, from, to, left, width, plannedTop, runTop);
	}

	private int drawAxis(GC gc, double from, double to, int left, int width, int y, int height) {
		gc.setForeground(axis);
		int firstYear = (int) Math.floor(from / 12);
		int lastYear = (int) Math.ceil(to / 12);
		int step = Math.max(1, (lastYear - firstYear) / 12);
		for (int year = firstYear; year <= lastYear; year += step) {
			int x = x(year * 12.0, from, to, left, width);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine(x, y + 16, x, height - MARGIN);
			gc.setLineStyle(SWT.LINE_SOLID);
			if (year < lastYear) {
				gc.drawString(Integer.toString(year), x + 2, y, true);
			}
		}
		return y + 24;
	}

	private int drawLane(GC gc, List<PlanVsRun.Bar> bars, boolean plannedLane, double from, double to, int left, int width,
			int y, int right) {
		for (PlanVsRun.Bar bar : bars) {
			int x1 = x(bar.start(), from, to, left, width);
			int x2 = Math.max(x1 + 4, x(bar.end(), from, to, left, width));
			Color fill = switch (bar.status()) {
				case RUN -> plannedLane ? planned : run;
				case ADDED -> added;
				case NOT_RUN -> missing;
			};
			gc.setBackground(fill);
			gc.fillRoundRectangle(x1, y, x2 - x1, BAR_HEIGHT, 6, 6);
			gc.setForeground(axis);
			gc.setLineStyle(bar.dated() ? SWT.LINE_SOLID : SWT.LINE_DASH);
			gc.drawRoundRectangle(x1, y, x2 - x1, BAR_HEIGHT, 6, 6);
			gc.setLineStyle(SWT.LINE_SOLID);
			drawLabel(gc, bar.label() == null ? bar.name() : bar.label(), x1, x2, y, right);
			y += BAR_HEIGHT + GAP;
		}
		return y;
	}

	/** After the bar when it fits, else before it, else inside it. */
	private static void drawLabel(GC gc, String label, int x1, int x2, int y, int right) {
		int textWidth = gc.textExtent(label).x;
		int x = x2 + 6;
		if (x + textWidth > right) {
			x = x1 - 6 - textWidth >= MARGIN ? x1 - 6 - textWidth : x1 + 6;
		}
		gc.drawString(label, x, y + 3, true);
	}

	private void drawLinks(GC gc, double from, double to, int left, int width, int plannedTop, int runTop) {
		gc.setForeground(planned);
		gc.setLineStyle(SWT.LINE_DOT);
		List<PlanVsRun.Bar> plannedBars = timeline.planned();
		List<PlanVsRun.Bar> runBars = timeline.run();
		for (int i = 0; i < plannedBars.size(); i++) {
			PlanVsRun.Bar p = plannedBars.get(i);
			for (int j = 0; j < runBars.size(); j++) {
				if (p.name().equals(runBars.get(j).link())) {
					int x1 = x(p.start(), from, to, left, width) + 3;
					int x2 = x(runBars.get(j).start(), from, to, left, width) + 3;
					gc.drawLine(x1, plannedTop + i * (BAR_HEIGHT + GAP) + BAR_HEIGHT, x2, runTop + j * (BAR_HEIGHT + GAP));
				}
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private static int x(double month, double from, double to, int left, int width) {
		return left + (int) Math.round((month - from) / (to - from) * width);
	}
}
