/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.map;

import org.eclipse.osgi.util.NLS;

/** French (default) and English texts of the map view. */
final class Messages extends NLS {

	public static String map_loading;
	public static String map_legendCases;
	public static String map_legendPlaces;
	public static String map_legendDots;
	public static String map_tooltip;
	public static String map_departements;
	public static String map_departementsTooltip;
	public static String map_byPlaces;
	public static String map_byPlacesTooltip;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
