/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.util.List;

import org.essaim.protocol.coop.LabelProfile;

/** The labels a protocol can aim at, each with its list of named, checkable criteria. */
public final class LabelProfiles {

	private LabelProfiles() {
	}

	public static List<LabelCriterion> criteria(LabelProfile profile) {
		return switch (profile) {
		case ACCELERATEUR_PUBLIC -> AcceleratorLabel.criteria();
		case INCUBATEUR_TERRITORIAL -> TerritorialIncubatorLabel.criteria();
		};
	}

	/** The label's name as users read it. */
	public static String title(LabelProfile profile) {
		return switch (profile) {
		case ACCELERATEUR_PUBLIC -> "accélérateur public";
		case INCUBATEUR_TERRITORIAL -> "incubateur territorial";
		};
	}
}
