/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.Map;

/** The 22 metropolitan régions before the 2016 merger, and common short names, mapped to today's région codes. */
final class FormerRegions {

	/** Former or informal name -> current région code. */
	static final Map<String, String> NAMES = Map.ofEntries(Map.entry("Alsace", "44"), Map.entry("Lorraine", "44"),
			Map.entry("Champagne-Ardenne", "44"), Map.entry("Aquitaine", "75"), Map.entry("Limousin", "75"),
			Map.entry("Poitou-Charentes", "75"), Map.entry("Auvergne", "84"), Map.entry("Rhône-Alpes", "84"),
			Map.entry("Bourgogne", "27"), Map.entry("Franche-Comté", "27"), Map.entry("Languedoc-Roussillon", "76"),
			Map.entry("Midi-Pyrénées", "76"), Map.entry("Nord-Pas-de-Calais", "32"), Map.entry("Picardie", "32"),
			Map.entry("Basse-Normandie", "28"), Map.entry("Haute-Normandie", "28"), Map.entry("Centre", "24"),
			Map.entry("PACA", "93"), Map.entry("Région Sud", "93"), Map.entry("Nord-Pas-de-Calais-Picardie", "32"),
			Map.entry("Alsace-Champagne-Ardenne-Lorraine", "44"), Map.entry("Aquitaine-Limousin-Poitou-Charentes", "75"),
			Map.entry("Languedoc-Roussillon-Midi-Pyrénées", "76"), Map.entry("Île de France", "11"), Map.entry("IDF", "11"));

	private FormerRegions() {
	}
}
