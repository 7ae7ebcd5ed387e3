/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the recovery of unsaved cases (French in messages.properties, English in messages_en). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String restore_title;
	public static String restore_explanation;
	public static String restore_item;
	public static String restore_restore;
	public static String restore_discard;
	public static String restore_later;
	public static String restore_failed;
	public static String restore_notEditable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
