/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the protocol editor (French in messages.properties, English in messages_en). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String job_loadingLanguage;
	public static String job_validating;
	public static String job_validatingWorkspace;
	public static String action_format;
	public static String action_openDeclaration;
	public static String action_references;
	public static String action_rename;
	public static String rename_title;
	public static String rename_prompt;
	public static String rename_invalid;
	public static String rename_nothing;
	public static String references_none;
	public static String references_title;
	public static String references_count;
	public static String busy;
	public static String wizard_title;
	public static String wizard_description;
	public static String wizard_fileName;
	public static String wizard_template;
	public static String wizard_emptyTemplate;
	public static String wizard_fileExists;
	public static String wizard_badName;
	public static String wizard_noProject;
	public static String wizard_emptyTitle;
	public static String assist_loading;
	public static String kind_actor;
	public static String kind_group;
	public static String kind_phase;
	public static String kind_method;
	public static String kind_place;
	public static String kind_protocol;
	public static String kind_residence;
	public static String kind_prototype;
	public static String kind_funding;


	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
