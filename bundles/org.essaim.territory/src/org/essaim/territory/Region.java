/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** A région of the Code officiel géographique. */
public record Region(String code, String name, String chefLieu, boolean overseas) implements TerritoryUnit {

	@Override
	public Level level() {
		return Level.REGION;
	}

	@Override
	public int population() {
		return 0;
	}
}
