/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** A département (or an overseas collectivity numbered like one). */
public record Departement(String code, String name, String regionCode, String chefLieu, boolean overseas) implements TerritoryUnit {

	@Override
	public Level level() {
		return Level.DEPARTEMENT;
	}

	@Override
	public int population() {
		return 0;
	}
}
