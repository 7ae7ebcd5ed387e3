/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** At start-up, once the window is there, offers to restore the cases a crash left unsaved. */
public final class RecoveryStartup implements IStartup {

	/** Set to false (system property essaim.recovery.offer) to skip the offer, e.g. in scripted runs. */
	private static final String OFFER = "essaim.recovery.offer";

	@Override
	public void earlyStartup() {
		if (!Boolean.parseBoolean(System.getProperty(OFFER, "true"))) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window != null && !AutoSaver.instance().area().list().isEmpty()) {
				new RestoreDialog(window, AutoSaver.instance().area()).open();
			}
		});
	}
}
