/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.List;
import java.util.Optional;

/**
 * What the reference says about a code: known, replaced (a former commune code, a municipal arrondissement) or
 * unknown, with the unit it designates or the units it may have meant, and a French message for a warning.
 */
public record CodeCheck(String code, Status status, Optional<TerritoryUnit> unit, List<TerritoryUnit> suggestions, String message) {

	/** Verdict on a code. */
	public enum Status {
		KNOWN, REPLACED, UNKNOWN
	}

	/** Whether the code should be reported to the user (it is not the current code of a known unit). */
	public boolean isWarning() {
		return status != Status.KNOWN;
	}
}
