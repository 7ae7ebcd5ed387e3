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

	/** "None" then light to dark blues: the colours of the guide's SVG map, so that both read alike. */
	private static final RGB[] PALETTE = { new RGB(0xf1, 0xf1, 0xee), new RGB(0xdb, 0xe9, 0xf6), new RGB(0xa6, 0xcb, 0xe3),
			new RGB(0x6a, 0xae, 0xd6), new RGB(0x31, 0x82, 0xbd), new RGB(0x0b, 0x55, 0x9f) };
	private static final int MARGIN = 8;
	/** Width kept on the left for the legend, so that it never hides the north-west of the map. */
	private static final int LEGEND_WIDTH = 150;

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

	/**
	 * Draws the whole map into an image of the canvas's size, as a paint does, and returns how long it took (ms):
	 * the figure of a redraw without depending on when the window system asks for one.
	 */
	public double redrawNow() {
		Rectangle size = canvas.getClientArea();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
		GC gc = new GC(image);
		try {
			draw(gc);
		} finally {
			gc.dispose();
			image.dispose();
		}
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
			search.filterByRegion(region.get(), data.cases(Level.REGION, regionCode(code.get())));
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

	/** The code of the région an area of the shown level lies in. */
	private String regionCode(String code) {
		return level == Level.REGION ? code : Geography.france().departement(code).map(d -> d.regionCode()).orElse(code);
	}

	public String selectedCode() {
		return selectedCode;
	}

	private void project() {
		Rectangle size = canvas.getClientArea();
		double[] bounds = MapGeometry.bounds(level);
		double width = Math.max(1, size.width - 2 * MARGIN - LEGEND_WIDTH);
		double height = Math.max(1, size.height - 2 * MARGIN);
		scale = Math.min(width / (bounds[2] - bounds[0]), height / (bounds[3] - bounds[1]));
		offsetX = MARGIN + LEGEND_WIDTH + (width - (bounds[2] - bounds[0]) * scale) / 2 - bounds[0] * scale;
		offsetY = MARGIN + (height - (bounds[3] - bounds[1]) * scale) / 2 - bounds[1] * scale;
	}

	private void paint(Event event) {
		draw(event.gc);
	}

	private void draw(GC gc) {
		long start = System.nanoTime();
		Rectangle size = canvas.getClientArea();
		gc.setBackground(canvas.getBackground());
		gc.fillRectangle(size);
		project();
		gc.setAntialias(SWT.ON);
		List<MapArea> areas = MapGeometry.areas(level);
		CountClasses classes = new CountClasses(areas.stream().map(a -> count(a.code())).toList());
		MapArea selected = null;
		for (MapArea area : areas) {
			gc.setBackground(palette.get(classes.classOf(count(area.code()))));
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
		drawLegend(gc, classes);
		lastRedrawNanos = System.nanoTime() - start;
	}

	private void drawLegend(GC gc, CountClasses classes) {
		Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		gc.setForeground(text);
		int lineHeight = gc.getFontMetrics().getHeight();
		String title = NLS.bind(byPlaces ? Messages.map_legendPlaces : Messages.map_legendCases, level.label());
		int y = MARGIN;
		for (String line : title.split("\n")) {
			gc.drawString(line, MARGIN, y, true);
			y += lineHeight;
		}
		y += 4;
		for (Object[] row : classes.legend()) {
			gc.setBackground(palette.get((Integer) row[0]));
			gc.fillRectangle(MARGIN, y + 2, 14, 10);
			gc.setForeground(outline);
			gc.drawRectangle(MARGIN, y + 2, 14, 10);
			gc.setForeground(text);
			gc.drawString((String) row[1], MARGIN + 20, y, true);
			y += lineHeight + 2;
		}
		if (!data.located().isEmpty()) {
			gc.setBackground(dot);
			gc.fillOval(MARGIN + 5, y + 4, 5, 5);
			gc.drawString(NLS.bind(Messages.map_legendDots, data.located().size()), MARGIN + 20, y, true);
		}
	}

	private int count(String code) {
		return byPlaces ? data.places(level, code) : data.cases(level, code);
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
