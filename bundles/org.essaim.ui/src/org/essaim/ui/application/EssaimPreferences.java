/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.essaim.ui.EssaimUiPlugin;

/** Essaim's own preferences (keys and defaults); the page is {@link EssaimPreferencePage}. */
public final class EssaimPreferences extends AbstractPreferenceInitializer {

	/** Whether completion opens by itself after three letters of a word. */
	public static final String AUTO_COMPLETION = "autoCompletion";
	/** Whether every protocol is checked at startup, so that the Problems view lists them all. */
	public static final String VALIDATE_AT_STARTUP = "validateAtStartup";
	/** Whether the welcome page was shown once already. */
	public static final String WELCOME_SHOWN = "welcomeShown";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = EssaimUiPlugin.getDefault().getPreferenceStore();
		store.setDefault(AUTO_COMPLETION, true);
		store.setDefault(VALIDATE_AT_STARTUP, true);
		store.setDefault(WELCOME_SHOWN, false);
	}

	/** The value of a boolean preference (its default when the plug-in is not running, in unit tests). */
	public static boolean get(String key) {
		EssaimUiPlugin plugin = EssaimUiPlugin.getDefault();
		return plugin == null || plugin.getPreferenceStore().getBoolean(key);
	}
}
