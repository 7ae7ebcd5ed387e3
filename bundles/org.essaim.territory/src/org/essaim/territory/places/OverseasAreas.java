/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

/** Bounding boxes of the five overseas départements, to tell from a point which one it lies in. */
final class OverseasAreas {

	/** code, south, north, west, east (degrees). */
	private static final Object[][] BOXES = { { "971", 15.8, 16.6, -61.9, -60.9 }, { "972", 14.3, 14.95, -61.3, -60.7 },
			{ "973", 2.0, 6.0, -54.7, -51.5 }, { "974", -21.45, -20.8, 55.1, 55.9 }, { "976", -13.1, -12.6, 44.9, 45.4 } };

	private OverseasAreas() {
	}

	/** The overseas département containing the point, or {@code null} (metropolitan France or elsewhere). */
	static String departementAt(double latitude, double longitude) {
		for (Object[] box : BOXES) {
			if (latitude >= (double) box[1] && latitude <= (double) box[2] && longitude >= (double) box[3] && longitude <= (double) box[4]) {
				return (String) box[0];
			}
		}
		return null;
	}
}
