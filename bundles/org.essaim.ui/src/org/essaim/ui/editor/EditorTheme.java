/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AbstractTextEditor;

/** Whether text editors are dark (dark theme): syntax colours then take their light variants. */
public final class EditorTheme {

	private EditorTheme() {
	}

	/** Whether the editors' background, as the preferences set it, is dark. */
	public static boolean isDark() {
		IPreferenceStore store = EditorsUI.getPreferenceStore();
		RGB background;
		if (store.getBoolean(AbstractTextEditor.PREFERENCE_COLOR_BACKGROUND_SYSTEM_DEFAULT)) {
			background = Display.getDefault().getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB();
		} else {
			background = PreferenceConverter.getColor(store, AbstractTextEditor.PREFERENCE_COLOR_BACKGROUND);
		}
		return isDark(background);
	}

	/** Perceived luminance below the middle grey. */
	public static boolean isDark(RGB rgb) {
		return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 128;
	}
}
