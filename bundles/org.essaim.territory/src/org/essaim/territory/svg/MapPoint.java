/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

/**
 * A point to draw on a map (a place), in WGS84 degrees, with a label for its tooltip and a kind that picks its colour
 * ("coworking", "fablab", "tiers_lieu", "cas"; other kinds are drawn in grey).
 */
public record MapPoint(double latitude, double longitude, String label, String kind) {
}
