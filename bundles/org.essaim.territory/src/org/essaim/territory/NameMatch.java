/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

/**
 * A unit recognised from a name, and how: the official name, a former name (a région before 2016, a commune
 * merged into a commune nouvelle, a municipal arrondissement) or a misspelling within a few letters.
 */
public record NameMatch(TerritoryUnit unit, How how, String matchedName) {

	/** How a name was recognised. */
	public enum How {
		OFFICIAL, FORMER_NAME, SPELLING
	}

	/** Whether the name as typed differs from the official one and should be corrected. */
	public boolean needsCorrection() {
		return how != How.OFFICIAL;
	}
}
