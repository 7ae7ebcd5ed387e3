/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.essaim.ui.EssaimUiPlugin;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shapes the Essaim window: its title, size and the bars it shows. */
final class EssaimWindowAdvisor extends WorkbenchWindowAdvisor {

	/**
	 * Platform action sets shown in every perspective that Essaim's users have no use for (activities do not
	 * hide action sets in the E4 workbench): line-delimiter conversion.
	 */
	private static final String[] HIDDEN_ACTION_SETS = { "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo" };

	/** Title of every Essaim window (also what scripts look for to know the workbench is up). */
	static final String WINDOW_TITLE = "Essaim";

	EssaimWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new EssaimActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(WINDOW_TITLE);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			for (String actionSet : HIDDEN_ACTION_SETS) {
				page.hideActionSet(actionSet);
			}
			showWelcomeOnFirstStart(page);
		}
	}

	/** The first time Essaim starts, the welcome page explains the three perspectives. */
	private static void showWelcomeOnFirstStart(IWorkbenchPage page) {
		if (EssaimPreferences.get(EssaimPreferences.WELCOME_SHOWN) || Boolean.getBoolean("essaim.noWelcome")) {
			return;
		}
		try {
			page.showView(WelcomeView.ID);
			EssaimUiPlugin.getDefault().getPreferenceStore().setValue(EssaimPreferences.WELCOME_SHOWN, true);
		} catch (PartInitException e) {
			EssaimUiPlugin.logError("Cannot show the welcome page", e);
		}
	}
}
