/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the application package (French in messages.properties, English in messages_en). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String startup_errorTitle;
	public static String startup_folderMissing;
	public static String startup_cannotCreateFolder;
	public static String startup_noInstanceArea;
	public static String startup_instanceAreaInUse;
	public static String startup_cannotOpenWorkspace;

	public static String menu_file;
	public static String menu_edit;
	public static String menu_window;
	public static String menu_showView;
	public static String menu_help;

	public static String action_save;
	public static String action_saveAll;
	public static String action_close;
	public static String action_closeAll;
	public static String action_refresh;
	public static String action_quit;
	public static String action_undo;
	public static String action_redo;
	public static String action_cut;
	public static String action_copy;
	public static String action_paste;
	public static String action_delete;
	public static String action_selectAll;
	public static String action_find;
	public static String action_resetPerspective;
	public static String action_preferences;
	public static String action_about;

	public static String menu_new;
	public static String menu_openPerspective;
	public static String action_welcome;
	public static String action_errorLog;
	public static String welcome_title;
	public static String welcome_intro;
	public static String welcome_capitalisation;
	public static String welcome_capitalisationText;
	public static String welcome_capitalisationLink;
	public static String welcome_protocols;
	public static String welcome_protocolsText;
	public static String welcome_protocolsLink;
	public static String welcome_newProtocol;
	public static String welcome_publication;
	public static String welcome_publicationText;
	public static String welcome_publicationLink;
	public static String preferences_description;
	public static String preferences_theme;
	public static String preferences_themeLight;
	public static String preferences_themeDark;
	public static String preferences_themeRestart;
	public static String preferences_autoCompletion;
	public static String preferences_validateAtStartup;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
