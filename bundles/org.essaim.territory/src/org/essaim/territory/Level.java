/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/** The administrative levels the reference knows, from the largest to the smallest. */
public enum Level {
	REGION("région", "régions"), DEPARTEMENT("département", "départements"), EPCI("intercommunalité", "intercommunalités"),
	COMMUNE("commune", "communes");

	private final String label;
	private final String plural;

	Level(String label, String plural) {
		this.label = label;
		this.plural = plural;
	}

	/** French name of the level, e.g. "département". */
	public String label() {
		return label;
	}

	/** French plural, e.g. "départements". */
	public String plural() {
		return plural;
	}
}
