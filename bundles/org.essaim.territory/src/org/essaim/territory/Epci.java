/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** An intercommunality (établissement public de coopération intercommunale) with its SIREN code and type (CC, CA, CU, METRO). */
public record Epci(String code, String name, String type, int population) implements TerritoryUnit {

	@Override
	public Level level() {
		return Level.EPCI;
	}

	/** Whether the EPCI is a métropole (type METRO, or the Métropole de Lyon). */
	public boolean isMetropole() {
		return type.startsWith("MET");
	}
}
