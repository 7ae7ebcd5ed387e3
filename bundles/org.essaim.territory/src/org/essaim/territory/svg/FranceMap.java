/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.essaim.territory.Level;

/**
 * A map of metropolitan France by région or département as standalone SVG, offline: areas coloured by a count
 * (cases, places), points for places, a legend and titles in French. Each area carries {@code data-code} and a
 * tooltip ({@code <title>}) with its count; the same input always gives the same bytes.
 *
 * <pre>
 * String svg = FranceMap.of(Level.DEPARTEMENT).title("Tiers-lieux par département").counts(counts, "lieu", "lieux")
 * 		.points(points).toSvg();
 * </pre>
 */
public final class FranceMap {

	private static final double LEGEND_WIDTH = 190;
	private static final double TOP = 62;
	private static final double FOOTER = 34;
	private static final Map<String, String[]> POINT_STYLES = new LinkedHashMap<>();
	static {
		POINT_STYLES.put("coworking", new String[] { "#d95f02", "tiers-lieu à dominante coworking" });
		POINT_STYLES.put("fablab", new String[] { "#1b9e77", "tiers-lieu à dominante fablab" });
		POINT_STYLES.put("tiers_lieu", new String[] { "#7570b3", "tiers-lieu (type non précisé)" });
		POINT_STYLES.put("cas", new String[] { "#e7298a", "cas documenté" });
	}

	private final Level level;
	private String title = "";
	private String subtitle = "";
	private String source = "Contours : IGN Admin Express simplifié (france-geojson), Licence Ouverte.";
	private Map<String, Integer> counts = new TreeMap<>();
	private String singular = "";
	private String plural = "";
	private List<MapPoint> points = List.of();
	private Set<String> focus = Set.of();
	private double width = 760;

	private FranceMap(Level level) {
		if (level != Level.REGION && level != Level.DEPARTEMENT) {
			throw new IllegalArgumentException("Carte par région ou par département seulement, pas par " + level.label());
		}
		this.level = level;
	}

	/** A map by région or by département. */
	public static FranceMap of(Level level) {
		return new FranceMap(level);
	}

	public FranceMap title(String text) {
		title = text;
		return this;
	}

	public FranceMap subtitle(String text) {
		subtitle = text;
		return this;
	}

	/** The sources line at the bottom (the outlines' attribution is always kept). */
	public FranceMap source(String text) {
		source = text + " Contours : IGN Admin Express simplifié (france-geojson), Licence Ouverte.";
		return this;
	}

	/** Colours areas by count (by area code); the words name what is counted ("lieu", "lieux"). */
	public FranceMap counts(Map<String, Integer> byCode, String singularWord, String pluralWord) {
		counts = new TreeMap<>(byCode);
		singular = singularWord;
		plural = pluralWord;
		return this;
	}

	public FranceMap points(List<MapPoint> list) {
		points = List.copyOf(list);
		return this;
	}

	/** Zooms on these areas (codes of the map's level); the other areas are drawn faded around them. */
	public FranceMap focus(Collection<String> codes) {
		focus = new TreeSet<>(codes);
		return this;
	}

	/** Width in pixels (the height follows the map's proportions). */
	public FranceMap width(double pixels) {
		width = pixels;
		return this;
	}

	/** The SVG document. */
	public String toSvg() {
		List<MapArea> areas = MapGeometry.areas(level);
		double[] box = focus.isEmpty() ? MapGeometry.bounds(level) : focusBounds(areas);
		double mapWidth = width - LEGEND_WIDTH - 20;
		double scale = mapWidth / (box[2] - box[0]);
		double mapHeight = Math.max((box[3] - box[1]) * scale, 330);
		double height = TOP + mapHeight + FOOTER + 13;
		Projection projection = new Projection(box, scale, 10, TOP + (mapHeight - (box[3] - box[1]) * scale) / 2);
		// Classes from the areas drawn only: counts of overseas codes would make classes nobody sees.
		ChoroplethClasses classes = new ChoroplethClasses(areas.stream().map(a -> counts.getOrDefault(a.code(), 0)).toList());
		Svg svg = new Svg(width, height, title, subtitle);
		svg.text(10, 26, title, 18, "start", "bold", "#1d1d1b");
		if (!subtitle.isEmpty()) {
			svg.text(10, 46, subtitle, 12, "start", "normal", "#555555");
		}
		svg.raw("<clipPath id=\"carte\"><rect x=\"0\" y=\"" + Svg.num(TOP) + "\" width=\"" + Svg.num(mapWidth + 20) + "\" height=\""
				+ Svg.num(mapHeight) + "\"/></clipPath>\n<g clip-path=\"url(#carte)\" stroke-linejoin=\"round\">\n");
		for (MapArea area : areas) {
			if (!projection.overlaps(area)) {
				continue;
			}
			drawArea(svg, area, projection, classes);
		}
		svg.raw("</g>\n");
		int outside = drawPoints(svg, projection, mapWidth, mapHeight);
		for (MapArea area : areas) {
			if (focus.contains(area.code())) {
				// Names of the zoomed areas, drawn over the points with a white halo so that they stay legible.
				double[] centre = Centroid.of(area);
				int count = counts.getOrDefault(area.code(), 0);
				String label = area.name() + (plural.isEmpty() ? "" : " : " + Svg.count(count));
				svg.raw("<text x=\"" + Svg.num(projection.x(centre[0])) + "\" y=\"" + Svg.num(projection.y(centre[1]) - 8)
						+ "\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#1d1d1b\" stroke=\"#ffffff\" stroke-width=\"3\""
						+ " paint-order=\"stroke\">" + Svg.escape(label) + "</text>\n");
			}
		}
		drawLegend(svg, classes, width - LEGEND_WIDTH, TOP);
		String note = outside > 0 ? outside + " " + (outside > 1 ? "points hors du cadre (outre-mer ou ailleurs)" : "point hors du cadre") + ". " : "";
		List<String> footer = wrap(note + source, (int) (width / 5.6));
		double footerY = TOP + mapHeight + 16;
		for (String footerLine : footer) {
			svg.text(10, footerY, footerLine, 10, "start", "normal", "#777777");
			footerY += 13;
		}
		return svg.end();
	}

	private void drawArea(Svg svg, MapArea area, Projection projection, ChoroplethClasses classes) {
		int count = counts.getOrDefault(area.code(), 0);
		boolean faded = !focus.isEmpty() && !focus.contains(area.code());
		StringBuilder d = new StringBuilder();
		for (double[] ring : area.rings()) {
			String last = "";
			for (int i = 0; i < ring.length; i += 2) {
				String point = Svg.num(projection.x(ring[i])) + " " + Svg.num(projection.y(ring[i + 1]));
				if (!point.equals(last)) {
					d.append(i == 0 ? "M" : "L").append(point);
					last = point;
				}
			}
			d.append('Z');
		}
		String tooltip = area.name() + " (" + area.code() + ")" + (plural.isEmpty() ? "" : " : " + Svg.count(count) + " " + (count > 1 ? plural : singular));
		svg.raw("<path id=\"" + (level == Level.REGION ? "reg-" : "dep-") + area.code() + "\" data-code=\"" + area.code() + "\" data-count=\""
				+ count + "\" d=\"" + d + "\" fill=\"" + (faded ? "#f0f0ec" : classes.colour(count)) + "\" stroke=\""
				+ (faded ? "#b4b4b0" : "#5b5b5b") + "\" stroke-width=\"" + (focus.contains(area.code()) ? "1.6" : "0.6") + "\"><title>"
				+ Svg.escape(tooltip) + "</title></path>\n");
		if (level == Level.REGION && focus.isEmpty() && !plural.isEmpty()) {
			double[] centre = Centroid.of(area);
			svg.text(projection.x(centre[0]), projection.y(centre[1]) + 4, Svg.count(count), 12, "middle", "bold",
					classes.isDark(count) ? "#ffffff" : "#1d1d1b");
		}
	}

	/** Draws the points inside the frame; returns how many fell outside it. */
	private int drawPoints(Svg svg, Projection projection, double mapWidth, double mapHeight) {
		int outside = 0;
		List<MapPoint> sorted = new ArrayList<>(points);
		sorted.sort((a, b) -> Double.compare(b.latitude(), a.latitude())); // north first: southern points on top
		svg.raw("<g stroke=\"#ffffff\" stroke-width=\"0.5\">\n");
		double radius = focus.isEmpty() ? 2.2 : 3.4;
		for (MapPoint point : sorted) {
			double[] xy = MapGeometry.project(point.latitude(), point.longitude());
			double x = projection.x(xy[0]);
			double y = projection.y(xy[1]);
			if (x < 0 || x > mapWidth + 20 || y < TOP || y > TOP + mapHeight || point.latitude() < 40) {
				outside++;
				continue;
			}
			String[] style = POINT_STYLES.getOrDefault(point.kind(), new String[] { "#666666", point.kind() });
			svg.raw("<circle cx=\"" + Svg.num(x) + "\" cy=\"" + Svg.num(y) + "\" r=\"" + Svg.num(radius) + "\" fill=\"" + style[0]
					+ "\" fill-opacity=\"0.85\"><title>" + Svg.escape(point.label()) + "</title></circle>\n");
		}
		svg.raw("</g>\n");
		return outside;
	}

	private void drawLegend(Svg svg, ChoroplethClasses classes, double x, double y) {
		double row = y + 6;
		if (!plural.isEmpty()) {
			for (String line : wrap("Nombre de " + plural + " par " + level.label(), 24)) {
				svg.text(x, row + 10, line, 12, "start", "bold", "#1d1d1b");
				row += 15;
			}
			row += 7;
			for (String[] entry : classes.legend()) {
				svg.rect(x, row, 16, 12, entry[0], "#5b5b5b", "stroke-width=\"0.5\"");
				svg.text(x + 24, row + 10, entry[1], 11, "start", "normal", "#1d1d1b");
				row += 18;
			}
			row += 10;
		}
		Set<String> kinds = new TreeSet<>();
		points.forEach(p -> kinds.add(p.kind()));
		if (!kinds.isEmpty()) {
			svg.text(x, row + 10, "Points", 12, "start", "bold", "#1d1d1b");
			row += 22;
			for (Map.Entry<String, String[]> style : POINT_STYLES.entrySet()) {
				if (kinds.remove(style.getKey())) {
					row = legendPoint(svg, x, row, style.getValue()[0], style.getValue()[1]);
				}
			}
			for (String other : kinds) {
				row = legendPoint(svg, x, row, "#666666", other);
			}
		}
	}

	private static double legendPoint(Svg svg, double x, double row, String colour, String label) {
		svg.raw("<circle cx=\"" + Svg.num(x + 8) + "\" cy=\"" + Svg.num(row + 6) + "\" r=\"4\" fill=\"" + colour + "\"/>\n");
		for (String line : wrap(label, 26)) {
			svg.text(x + 24, row + 10, line, 11, "start", "normal", "#1d1d1b");
			row += 14;
		}
		return row + 4;
	}

	private static List<String> wrap(String text, int max) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + word.length() + 1 > max) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private double[] focusBounds(List<MapArea> areas) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (MapArea area : areas) {
			if (focus.contains(area.code())) {
				box[0] = Math.min(box[0], area.minX());
				box[1] = Math.min(box[1], area.minY());
				box[2] = Math.max(box[2], area.maxX());
				box[3] = Math.max(box[3], area.maxY());
			}
		}
		if (box[0] == Double.MAX_VALUE) {
			return MapGeometry.bounds(level);
		}
		double margin = Math.max(box[2] - box[0], box[3] - box[1]) * 0.08;
		return new double[] { box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin };
	}

	/** From projected metres to SVG pixels. */
	private record Projection(double[] box, double scale, double left, double top) {
		double x(double metres) {
			return left + (metres - box[0]) * scale;
		}

		double y(double metres) {
			return top + (metres - box[1]) * scale;
		}

		boolean overlaps(MapArea area) {
			return area.maxX() >= box[0] && area.minX() <= box[2] && area.maxY() >= box[1] && area.minY() <= box[3];
		}
	}
}
