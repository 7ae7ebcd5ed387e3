/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the case editor (French in messages.properties, English in messages_en). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String command_set;
	public static String command_add;
	public static String command_remove;
	public static String command_replace;
	public static String field_invalidValue;
	public static String field_evidenceHint;
	public static String field_unknownSource;
	public static String problems_summary;
	public static String page_overview;
	public static String section_identity;
	public static String section_identityHelp;
	public static String section_period;
	public static String section_periodHelp;
	public static String section_authors;
	public static String section_authorsHelp;
	public static String section_narrative;
	public static String section_narrativeHelp;
	public static String overview_territory;
	public static String overview_addTerritory;
	public static String overview_untitled;
	public static String master_add;
	public static String master_remove;
	public static String details_title;
	public static String details_help;
	public static String page_xmi;
	public static String xmi_title;
	public static String xmi_help;
	public static String xmi_apply;
	public static String xmi_invalid;
	public static String page_broken;
	public static String broken_title;
	public static String broken_nothingWritten;
	public static String broken_openAsText;
	public static String broken_where;
	public static String editor_notAFile;
	public static String editor_error;
	public static String editor_saveFailed;
	public static String editor_saveFailedDetail;
	public static String disk_title;
	public static String disk_overwrite;
	public static String action_undo;
	public static String action_redo;
	public static String page_actors;
	public static String help_actors;
	public static String page_phases;
	public static String help_phases;
	public static String page_fundings;
	public static String help_fundings;
	public static String page_sources;
	public static String help_sources;
	public static String page_outcomes;
	public static String help_outcomes;
	public static String page_lessons;
	public static String help_lessons;
	public static String page_places;
	public static String help_places;
	public static String page_residences;
	public static String help_residences;
	public static String page_experiments;
	public static String help_experiments;
	public static String page_sections;
	public static String help_sections;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
