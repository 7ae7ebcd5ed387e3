/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.compare;

import org.eclipse.osgi.util.NLS;

/** French (default) and English texts of the case matrix. */
final class Messages extends NLS {

	public static String matrix_title;
	public static String matrix_summary;
	public static String matrix_export;
	public static String matrix_exportFailed;
	public static String matrix_sortTooltip;
	public static String matrix_command;
	public static String matrix_needThree;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
