/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** A unit of the reference geography: a région, a département, an EPCI or a commune. */
public sealed interface TerritoryUnit permits Region, Departement, Epci, Commune {

	Level level();

	/** INSEE code (SIREN for an EPCI). */
	String code();

	/** Official name. */
	String name();

	/** Municipal population, or 0 when the reference does not give it (régions, départements). */
	int population();

	/** "Pays de la Loire (région 52)". */
	default String label() {
		return name() + " (" + level().label() + " " + code() + ")";
	}

	/** A stable key naming level and code together, e.g. "departement:44" (codes repeat across levels). */
	default String key() {
		return level().name().toLowerCase(java.util.Locale.ROOT) + ":" + code();
	}
}
