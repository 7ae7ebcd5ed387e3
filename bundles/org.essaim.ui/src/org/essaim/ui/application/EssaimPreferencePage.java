/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.essaim.ui.EssaimUiPlugin;

/** Preferences &gt; Essaim: the light or dark theme, completion while typing, checking protocols at startup. */
public final class EssaimPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	static final String LIGHT_THEME = "org.eclipse.e4.ui.css.theme.e4_default";
	static final String DARK_THEME = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String THEME = "theme";

	public EssaimPreferencePage() {
		super(GRID);
		setDescription(Messages.preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EssaimUiPlugin.getDefault().getPreferenceStore());
		getPreferenceStore().setValue(THEME, currentTheme());
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(THEME, Messages.preferences_theme, 2,
				new String[][] { { Messages.preferences_themeLight, LIGHT_THEME }, { Messages.preferences_themeDark, DARK_THEME } },
				getFieldEditorParent(), true));
		addField(new BooleanFieldEditor(EssaimPreferences.AUTO_COMPLETION, Messages.preferences_autoCompletion, getFieldEditorParent()));
		addField(new BooleanFieldEditor(EssaimPreferences.VALIDATE_AT_STARTUP, Messages.preferences_validateAtStartup,
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		String wanted = getPreferenceStore().getString(THEME);
		if (!wanted.isEmpty() && !wanted.equals(currentTheme())) {
			applyTheme(wanted);
		}
		return ok;
	}

	private static IThemeEngine engine() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(IThemeEngine.class) : null;
	}

	/** The id of the theme in use (the light one when no theme engine runs). */
	static String currentTheme() {
		IThemeEngine engine = engine();
		ITheme theme = engine == null ? null : engine.getActiveTheme();
		return theme == null ? LIGHT_THEME : theme.getId();
	}

	/** Switches the whole window to theme {@code id} and keeps it for the next start. */
	static void applyTheme(String id) {
		IThemeEngine engine = engine();
		if (engine != null) {
			engine.setTheme(id, true);
			Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().layout(true, true));
		}
	}
}
