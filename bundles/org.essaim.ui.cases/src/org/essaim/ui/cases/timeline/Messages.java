/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the planned-vs-run page (French in messages.properties, English in messages_en). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String page_planVsRun;
	public static String planVsRun_title;
	public static String planVsRun_timeline;
	public static String planVsRun_timelineHelp;
	public static String planVsRun_table;
	public static String column_planned;
	public static String column_plannedDuration;
	public static String column_run;
	public static String column_runDates;
	public static String column_status;
	public static String duration_weeks;
	public static String duration_months;
	public static String status_run;
	public static String status_notRun;
	public static String status_added;
	public static String timeline_noProtocol;
	public static String timeline_plannedLane;
	public static String timeline_protocolMissing;
	public static String timeline_runLane;
	public static String job_loadProtocol;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
