/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.places.Place;
import org.essaim.territory.svg.MapArea;
import org.essaim.territory.svg.MapGeometry;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.workspace.WorkspaceProject;

/**
 * « Carte »: metropolitan France by région or département, coloured by the number of cases (or of places), with the
 * located places as dots. Hovering shows the counts; clicking an area filters the Search view by its région.
 */
public final class MapView extends ViewPart {

	/** View id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.views.map";

	/** Job family of the loading job, so that tests can wait for it. */
	public static final Object FAMILY = MapView.class;

	/** Light to dark: a sequential palette readable in print and by most colour-blind readers (ColorBrewer YlGnBu). */
	private static final RGB[] PALETTE = { new RGB(0xf7, 0xfb, 0xff), new RGB(0xc7, 0xe9, 0xb4), new RGB(0x7f, 0xcd, 0xbb),
			new RGB(0x41, 0xb6, 0xc4), new RGB(0x22, 0x5e, 0xa8), new RGB(0x0c, 0x2c, 0x84) };
	private static final int MARGIN = 8;

	private Canvas canvas;
	private Level level = Level.REGION;
	private boolean byPlaces;
	private MapData data = MapData.EMPTY;
	private String selectedCode;
	private final List<Color> palette = new ArrayList<>();
	private Color outline;
	private Color selection;
	private Color dot;
	/** Projection of the current level's bounds onto the canvas, recomputed when the size or level changes. */
	private double scale;
	private double offsetX;
	private double offsetY;
	private long lastRedrawNanos = -1;

	@Override
	public void createPartControl(Composite parent) {
		Display display = parent.getDisplay();
		for (RGB rgb : PALETTE) {
			palette.add(new Color(rgb));
		}
		outline = new Color(90, 90, 90);
		selection = new Color(220, 60, 30);
		dot = new Color(200, 40, 110);
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.MouseUp, event -> {
			if (event.button == 1) {
				click(event.x, event.y);
			}
		});
		var toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(new LevelAction());
		toolBar.add(new PlacesAction());
		reload();
	}

	/** Reads the workspace's cases and places again, in the background, then redraws. */
	public void reload() {
		Optional<Path> folder = WorkspaceProject.currentFolder();
		if (folder.isEmpty()) {
			return;
		}
		Job job = new Job(Messages.map_loading) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				MapData loaded = MapData.load(folder.get());
				Display display = canvas.getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						if (!canvas.isDisposed()) {
							data = loaded;
							canvas.redraw();
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	/** Shows régions or départements. */
	public void setLevel(Level newLevel) {
		level = newLevel;
		selectedCode = null;
		canvas.redraw();
	}

	public Level level() {
		return level;
	}

	/** Colours by places (true) or by cases (false). */
	public void colourByPlaces(boolean places) {
		byPlaces = places;
		canvas.redraw();
	}

	/** Number of cases located in an area of the shown level. */
	public int cases(String code) {
		return data.cases(level, code);
	}

	/** Number of places in an area of the shown level. */
	public int places(String code) {
		return data.places(level, code);
	}

	/** Number of located places drawn as dots. */
	public int dots() {
		return data.located().size();
	}

	/** Duration of the latest full redraw in milliseconds, or -1 before the first one. */
	public double lastRedrawMillis() {
		return lastRedrawNanos < 0 ? -1 : lastRedrawNanos / 1e6;
	}

	/** Draws the map into an image of the canvas's size, synchronously, and returns how long it took (ms). */
	public double redrawNow() {
		canvas.redraw();
		canvas.update();
		return lastRedrawMillis();
	}

	/** The canvas point at the centre of an area, where a click selects it. */
	public Point centreOf(String code) {
		MapArea area = MapGeometry.area(level, code).orElseThrow();
		// The bounding box centre may fall outside (Nouvelle-Aquitaine's coast): look for an inside point near it.
		double[] centre = area.centre();
		for (int step = 0; step < 40; step++) {
			for (int dx = -step; dx <= step; dx++) {
				for (int dy = -step; dy <= step; dy++) {
					double x = centre[0] + dx * 5000.0;
					double y = centre[1] + dy * 5000.0;
					if (area.contains(x, y)) {
						project();
						return new Point((int) Math.round(x * scale + offsetX), (int) Math.round(y * scale + offsetY));
					}
				}
			}
		}
		throw new IllegalStateException("No inner point in " + code);
	}

	/** The code of the area under a canvas point, if any. */
	public Optional<String> areaAt(int x, int y) {
		project();
		return MapGeometry.areaAt(level, (x - offsetX) / scale, (y - offsetY) / scale);
	}

	/** A click on the map: selects the area and filters the Search view by its région. */
	public void click(int x, int y) {
		Optional<String> code = areaAt(x, y);
		if (code.isEmpty()) {
			return;
		}
		selectedCode = code.get();
		canvas.redraw();
		Optional<String> region = regionName(code.get());
		if (region.isEmpty()) {
			return;
		}
		try {
			SearchView search = (SearchView) getSite().getPage().showView(SearchView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
			search.filter("region", region.get());
		} catch (PartInitException e) {
			EssaimUiPlugin.logError("Cannot show the search view", e);
		}
	}

	/** The name of the région an area of the shown level lies in, as the "région" facet stores it. */
	Optional<String> regionName(String code) {
		Geography geography = Geography.france();
		if (level == Level.REGION) {
			return geography.region(code).map(r -> r.name());
		}
		return geography.departement(code).flatMap(d -> geography.region(d.regionCode())).map(r -> r.name());
	}

	public String selectedCode() {
		return selectedCode;
	}

	private void project() {
		Rectangle size = canvas.getClientArea();
		double[] bounds = MapGeometry.bounds(level);
		double width = Math.max(1, size.width - 2 * MARGIN);
		double height = Math.max(1, size.height - 2 * MARGIN);
		scale = Math.min(width / (bounds[2] - bounds[0]), height / (bounds[3] - bounds[1]));
		offsetX = MARGIN + (width - (bounds[2] - bounds[0]) * scale) / 2 - bounds[0] * scale;
		offsetY = MARGIN + (height - (bounds[3] - bounds[1]) * scale) / 2 - bounds[1] * scale;
	}

	private void paint(Event event) {
		long start = System.nanoTime();
		GC gc = event.gc;
		Rectangle size = canvas.getClientArea();
		gc.setBackground(canvas.getBackground());
		gc.fillRectangle(size);
		project();
		gc.setAntialias(SWT.ON);
		List<MapArea> areas = MapGeometry.areas(level);
		int max = 0;
		for (MapArea area : areas) {
			max = Math.max(max, count(area.code()));
		}
		MapArea selected = null;
		for (MapArea area : areas) {
			gc.setBackground(palette.get(colourClass(count(area.code()), max)));
			gc.setForeground(outline);
			gc.setLineWidth(1);
			for (double[] ring : area.rings()) {
				int[] polygon = toCanvas(ring);
				gc.fillPolygon(polygon);
				gc.drawPolygon(polygon);
			}
			if (area.code().equals(selectedCode)) {
				selected = area;
			}
		}
		if (selected != null) {
			gc.setForeground(selection);
			gc.setLineWidth(3);
			for (double[] ring : selected.rings()) {
				gc.drawPolygon(toCanvas(ring));
			}
		}
		gc.setBackground(dot);
		for (Place place : data.located()) {
			double[] xy = MapGeometry.project(place.latitude(), place.longitude());
			int x = (int) Math.round(xy[0] * scale + offsetX);
			int y = (int) Math.round(xy[1] * scale + offsetY);
			gc.fillOval(x - 2, y - 2, 4, 4);
		}
		drawLegend(gc, max, size);
		lastRedrawNanos = System.nanoTime() - start;
	}

	private void drawLegend(GC gc, int max, Rectangle size) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		String title = NLS.bind(byPlaces ? Messages.map_legendPlaces : Messages.map_legendCases, level.plural());
		gc.drawString(title, MARGIN, MARGIN, true);
		int y = MARGIN + gc.getFontMetrics().getHeight() + 4;
		for (int i = 0; i < palette.size(); i++) {
			gc.setBackground(palette.get(i));
			gc.fillRectangle(MARGIN, y, 14, 10);
			gc.setForeground(outline);
			gc.drawRectangle(MARGIN, y, 14, 10);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(classLabel(i, max), MARGIN + 20, y - 3, true);
			y += 14;
		}
		if (data.located().size() > 0) {
			gc.setBackground(dot);
			gc.fillOval(MARGIN + 5, y + 3, 5, 5);
			gc.drawString(NLS.bind(Messages.map_legendDots, data.located().size()), MARGIN + 20, y - 3, true);
		}
	}

	private int count(String code) {
		return byPlaces ? data.places(level, code) : data.cases(level, code);
	}

	/** Class 0 is "none"; the others split 1..max in equal steps (counts are small, so steps beat quantiles). */
	private int colourClass(int count, int max) {
		if (count <= 0 || max <= 0) {
			return 0;
		}
		int classes = palette.size() - 1;
		return 1 + Math.min(classes - 1, (count - 1) * classes / max);
	}

	private String classLabel(int colourClass, int max) {
		if (colourClass == 0) {
			return "0";
		}
		int classes = palette.size() - 1;
		int low = (colourClass - 1) * max / classes + 1;
		int high = colourClass * max / classes;
		if (max <= 0 || high < low) {
			return "—";
		}
		return low == high ? String.valueOf(low) : low + "–" + high;
	}

	private int[] toCanvas(double[] ring) {
		int[] polygon = new int[ring.length];
		for (int i = 0; i < ring.length; i += 2) {
			polygon[i] = (int) Math.round(ring[i] * scale + offsetX);
			polygon[i + 1] = (int) Math.round(ring[i + 1] * scale + offsetY);
		}
		return polygon;
	}

	private void hover(Event event) {
		Optional<String> code = areaAt(event.x, event.y);
		String tip = code.flatMap(c -> MapGeometry.area(level, c))
				.map(area -> NLS.bind(Messages.map_tooltip, new Object[] { area.name(), data.cases(level, area.code()), data.places(level, area.code()) }))
				.orElse(null);
		if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	/** The tool tip for the area under a point (tests read it as a user would see it). */
	String tooltipAt(int x, int y) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		hover(event);
		return canvas.getToolTipText();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		palette.forEach(Color::dispose);
		for (Color color : new Color[] { outline, selection, dot }) {
			if (color != null) {
				color.dispose();
			}
		}
		super.dispose();
	}

	/** Toggles régions / départements. */
	private final class LevelAction extends Action {

		LevelAction() {
			super(Messages.map_departements, IAction.AS_CHECK_BOX);
			setToolTipText(Messages.map_departementsTooltip);
		}

		@Override
		public void run() {
			setLevel(isChecked() ? Level.DEPARTEMENT : Level.REGION);
		}
	}

	/** Toggles colouring by places / by cases. */
	private final class PlacesAction extends Action {

		PlacesAction() {
			super(Messages.map_byPlaces, IAction.AS_CHECK_BOX);
			setToolTipText(Messages.map_byPlacesTooltip);
		}

		@Override
		public void run() {
			colourByPlaces(isChecked());
		}
	}
}
