/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import java.nio.file.Path;

/** Where Essaim keeps its own state when the launcher script did not say (XDG data home). */
final class StateFolders {

	private StateFolders() {
	}

	/** {@code $ESSAIM_STATE/workbench}, else {@code $XDG_DATA_HOME/essaim/workbench}, else {@code ~/.local/share/essaim/workbench}. */
	static Path defaultWorkbenchArea() {
		return essaimState().resolve("workbench");
	}

	private static Path essaimState() {
		String explicit = System.getenv("ESSAIM_STATE");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String dataHome = System.getenv("XDG_DATA_HOME");
		if (dataHome != null && !dataHome.isBlank()) {
			return Path.of(dataHome, "essaim");
		}
		return Path.of(System.getProperty("user.home"), ".local", "share", "essaim");
	}
}
