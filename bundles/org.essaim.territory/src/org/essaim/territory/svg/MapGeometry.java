/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.essaim.territory.Level;
import org.essaim.territory.internal.Json;

/**
 * The outlines of metropolitan France's régions and départements (shipped simplified GeoJSON), projected once in
 * Lambert-93, with hit-testing and neighbours. A UI map view can draw {@link #areas} itself (scale to its canvas)
 * and find the area under the mouse with {@link #areaAt}. Overseas outlines are not shipped.
 */
public final class MapGeometry {

	private static final Map<Level, List<MapArea>> AREAS = new EnumMap<>(Level.class);
	private static final Map<Level, Map<String, Set<String>>> NEIGHBOURS = new EnumMap<>(Level.class);

	private MapGeometry() {
	}

	/** The areas of a level ({@link Level#REGION} or {@link Level#DEPARTEMENT}), in code order. */
	public static synchronized List<MapArea> areas(Level level) {
		return AREAS.computeIfAbsent(level, MapGeometry::load);
	}

	/** The area with this code at this level. */
	public static Optional<MapArea> area(Level level, String code) {
		return areas(level).stream().filter(a -> a.code().equals(code)).findFirst();
	}

	/** The code of the area under a projected point, if any. */
	public static Optional<String> areaAt(Level level, double x, double y) {
		return areas(level).stream().filter(a -> a.contains(x, y)).map(MapArea::code).findFirst();
	}

	/** Codes of the areas sharing a border with this one (they share outline vertices), sorted. */
	public static synchronized Set<String> neighbours(Level level, String code) {
		Map<String, Set<String>> all = NEIGHBOURS.computeIfAbsent(level, MapGeometry::computeNeighbours);
		return all.getOrDefault(code, Set.of());
	}

	/** Bounds {minX, minY, maxX, maxY} of all areas of a level (metropolitan France). */
	public static double[] bounds(Level level) {
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (MapArea area : areas(level)) {
			bounds[0] = Math.min(bounds[0], area.minX());
			bounds[1] = Math.min(bounds[1], area.minY());
			bounds[2] = Math.max(bounds[2], area.maxX());
			bounds[3] = Math.max(bounds[3], area.maxY());
		}
		return bounds;
	}

	/** Projects WGS84 degrees to Lambert-93 metres (EPSG:2154), y downwards: {x, y}. */
	public static double[] project(double latitude, double longitude) {
		final double n = 0.7256077650532670, c = 11754255.4261, xs = 700000, ys = 12655612.0499, e = 0.0818191910428158;
		double phi = Math.toRadians(latitude);
		double sin = Math.sin(phi);
		double l = Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - e * sin) / (1 + e * sin), e / 2));
		double r = c * Math.exp(-n * l);
		double gamma = n * (Math.toRadians(longitude) - Math.toRadians(3));
		return new double[] { xs + r * Math.sin(gamma), -(ys - r * Math.cos(gamma)) };
	}

	@SuppressWarnings("unchecked")
	private static List<MapArea> load(Level level) {
		String file = switch (level) {
		case REGION -> "regions.geojson";
		case DEPARTEMENT -> "departements.geojson";
		default -> throw new IllegalArgumentException("Pas de contours pour le niveau " + level.label());
		};
		Map<String, Object> document = (Map<String, Object>) Json.parse(read(file));
		List<MapArea> areas = new ArrayList<>();
		for (Object item : (List<Object>) document.get("features")) {
			Map<String, Object> feature = (Map<String, Object>) item;
			Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
			Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
			List<Object> polygons = "Polygon".equals(geometry.get("type")) ? List.of(geometry.get("coordinates"))
					: (List<Object>) geometry.get("coordinates");
			List<double[]> rings = new ArrayList<>();
			double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			for (Object polygon : polygons) {
				for (Object ring : (List<Object>) polygon) {
					List<Object> points = (List<Object>) ring;
					double[] projected = new double[points.size() * 2];
					for (int i = 0; i < points.size(); i++) {
						List<Object> point = (List<Object>) points.get(i);
						double[] xy = project((Double) point.get(1), (Double) point.get(0));
						projected[2 * i] = xy[0];
						projected[2 * i + 1] = xy[1];
						box[0] = Math.min(box[0], xy[0]);
						box[1] = Math.min(box[1], xy[1]);
						box[2] = Math.max(box[2], xy[0]);
						box[3] = Math.max(box[3], xy[1]);
					}
					rings.add(projected);
				}
			}
			areas.add(new MapArea((String) properties.get("code"), (String) properties.get("nom"), Collections.unmodifiableList(rings), box[0],
					box[1], box[2], box[3]));
		}
		areas.sort((a, b) -> a.code().compareTo(b.code()));
		return List.copyOf(areas);
	}

	private static Map<String, Set<String>> computeNeighbours(Level level) {
		Map<Long, Set<String>> byVertex = new HashMap<>();
		for (MapArea area : areas(level)) {
			for (double[] ring : area.rings()) {
				for (int i = 0; i < ring.length; i += 2) {
					// Outlines of one source share their border vertices; 10 m cells absorb the rounding.
					long key = Math.round(ring[i] / 10) * 1_000_000L + Math.round(ring[i + 1] / 10);
					byVertex.computeIfAbsent(key, k -> new HashSet<>()).add(area.code());
				}
			}
		}
		Map<String, Set<String>> neighbours = new HashMap<>();
		for (Set<String> codes : byVertex.values()) {
			for (String code : codes) {
				for (String other : codes) {
					if (!code.equals(other)) {
						neighbours.computeIfAbsent(code, k -> new TreeSet<>()).add(other);
					}
				}
			}
		}
		return neighbours;
	}

	private static String read(String file) {
		try (InputStream in = org.essaim.territory.Geography.class.getResourceAsStream("data/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Contours absents du bundle : data/" + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
