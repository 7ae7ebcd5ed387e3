/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.List;

/** The places imported from one source file (e.g. the 2019 census), in the source's row order. */
public record PlaceRegister(String source, List<Place> places) {

	public PlaceRegister {
		places = List.copyOf(places);
	}
}
