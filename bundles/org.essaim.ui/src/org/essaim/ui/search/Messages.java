/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the search view (French in messages.properties, English in messages_en). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String search_queryLabel;
	public static String search_queryHint;
	public static String search_queryTooltip;
	public static String search_button;
	public static String search_ready;
	public static String search_noWorkspace;
	public static String search_running;
	public static String search_noResult;
	public static String search_oneResult;
	public static String search_results;
	public static String search_indexed;
	public static String search_indexUnreadable;
	public static String search_cannotOpen;
	public static String search_updateIndex;
	public static String search_updateIndexTooltip;
	public static String search_updating;

	public static String column_title;
	public static String column_kind;
	public static String column_score;
	public static String column_snippet;

	public static String kind_case;
	public static String kind_protocol;

	public static String job_indexing;
	public static String job_indexingFailed;
	public static String job_searching;
	public static String job_similar;
	public static String facets_tooltip;
	public static String facets_value;
	public static String facets_clear;
	public static String search_filtered;
	public static String search_similar;
	public static String search_similarNone;
	public static String search_similarAction;
	public static String search_draft;
	public static String search_statusDraft;
	public static String search_regionHint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
