/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

/** Where to write an area's label: the centroid of its largest ring. */
final class Centroid {

	private Centroid() {
	}

	static double[] of(MapArea area) {
		double[] best = null;
		double bestArea = -1;
		for (double[] ring : area.rings()) {
			double twiceArea = 0;
			double cx = 0;
			double cy = 0;
			for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
				double cross = ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
				twiceArea += cross;
				cx += (ring[j] + ring[i]) * cross;
				cy += (ring[j + 1] + ring[i + 1]) * cross;
			}
			if (Math.abs(twiceArea) > bestArea && twiceArea != 0) {
				bestArea = Math.abs(twiceArea);
				best = new double[] { cx / (3 * twiceArea), cy / (3 * twiceArea) };
			}
		}
		return best == null ? area.centre() : best;
	}
}
