/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** A current commune, with its département, région, population and EPCI (SIREN, empty when it has none). */
public record Commune(String code, String name, String departementCode, String regionCode, int population, String epciCode)
		implements TerritoryUnit {

	@Override
	public Level level() {
		return Level.COMMUNE;
	}
}
