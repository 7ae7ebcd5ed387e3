/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the publication (French by default, English in messages_en). */
final class Messages extends NLS {

	public static String job_publish;
	public static String job_preparing;
	public static String job_markers;
	public static String job_noWorkspace;
	public static String job_failed;
	public static String done_title;
	public static String done_summary;
	public static String done_failed;
	public static String preview_notPublished;
	public static String preview_publishing;
	public static String preview_noBrowser;
	public static String preview_openExternal;
	public static String preview_back;
	public static String preview_forward;
	public static String preview_home;
	public static String preview_publish;
	public static String marker_generated;

	static {
		NLS.initializeMessages("org.essaim.ui.publish.messages", Messages.class);
	}

	private Messages() {
	}
}
