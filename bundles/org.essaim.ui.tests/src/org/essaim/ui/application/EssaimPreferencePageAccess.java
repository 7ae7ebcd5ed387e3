/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

/** Lets the screenshot tour switch themes as the preference page does. */
public final class EssaimPreferencePageAccess {

	private EssaimPreferencePageAccess() {
	}

	public static void applyDarkTheme() {
		EssaimPreferencePage.applyTheme(EssaimPreferencePage.DARK_THEME);
	}

	public static void applyLightTheme() {
		EssaimPreferencePage.applyTheme(EssaimPreferencePage.LIGHT_THEME);
	}
}
