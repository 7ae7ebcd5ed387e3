/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.List;

/**
 * One area of the map of France (a région or a département), its outline projected in Lambert-93 metres with y
 * growing downwards (screen orientation): each ring is {@code x0, y0, x1, y1, ...}.
 */
public record MapArea(String code, String name, List<double[]> rings, double minX, double minY, double maxX, double maxY) {

	/** Whether the point (same coordinates as the rings) lies inside the area (even-odd rule over all rings). */
	public boolean contains(double x, double y) {
		if (x < minX || x > maxX || y < minY || y > maxY) {
			return false;
		}
		boolean inside = false;
		for (double[] ring : rings) {
			for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
				double xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
				if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/** The centre of the area's bounding box. */
	public double[] centre() {
		return new double[] { (minX + maxX) / 2, (minY + maxY) / 2 };
	}
}
