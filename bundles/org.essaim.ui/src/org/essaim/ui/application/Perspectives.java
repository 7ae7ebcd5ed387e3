/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.ui.IPageLayout;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.workspace.EssaimNavigator;

/** What the three perspectives share: the views and wizards of their menus, and the switch between them. */
final class Perspectives {

	/** The platform's error log (org.eclipse.ui.views.log): users copy an event from it for a bug report. */
	static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";
	static final String WELCOME_VIEW = WelcomeView.ID;
	static final String NEW_PROTOCOL_WIZARD = "org.essaim.ui.wizards.newProtocol";

	private Perspectives() {
	}

	static void addCommonShortcuts(IPageLayout layout) {
		layout.addPerspectiveShortcut(CapitalisationPerspective.ID);
		layout.addPerspectiveShortcut(ProtocolesPerspective.ID);
		layout.addPerspectiveShortcut(PublicationPerspective.ID);
		layout.addShowViewShortcut(EssaimNavigator.ID);
		layout.addShowViewShortcut(SearchView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(ProtocolesPerspective.REFERENCES_VIEW);
		layout.addShowViewShortcut(ERROR_LOG_VIEW);
		layout.addShowViewShortcut(WELCOME_VIEW);
		layout.addNewWizardShortcut(NEW_PROTOCOL_WIZARD);
	}
}
