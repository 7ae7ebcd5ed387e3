/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.wizard;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the new-case wizard (French in messages.properties, English in messages_en). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String wizard_title;
	public static String page_title;
	public static String page_description;
	public static String label_folder;
	public static String label_id;
	public static String hint_id;
	public static String label_title;
	public static String label_protocol;
	public static String help_protocol;
	public static String protocol_none;
	public static String error_folder;
	public static String error_idMissing;
	public static String error_idFormat;
	public static String error_exists;
	public static String error_titleMissing;
	public static String error_protocolUnreadable;
	public static String task_create;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
