/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three perspectives, the switch between them, the welcome page, the preferences and the error log. */
class PerspectivesTest {

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}

	@AfterEach
	void backToCapitalisation() throws Exception {
		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window());
		UiWait.flushEvents();
	}

	@Test
	void threePerspectivesAreOfferedInFrench() {
		List<String> labels = Arrays.stream(PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives())
				.map(perspective -> perspective.getLabel()).toList();
		assertTrue(labels.containsAll(List.of("Capitalisation", "Protocoles", "Publication")), "perspectives: " + labels);
	}

	@Test
	void switchingToProtocolesShowsOutlineAndProblems() throws Exception {
		PlatformUI.getWorkbench().showPerspective(ProtocolesPerspective.ID, window());
		UiWait.flushEvents();
		assertEquals(ProtocolesPerspective.ID, page().getPerspective().getId());
		assertNotNull(page().findView(IPageLayout.ID_OUTLINE), "outline");
		assertNotNull(page().findView(IPageLayout.ID_PROBLEM_VIEW), "problems");
	}

	@Test
	void switchingToPublicationShowsProblemsAndProgress() throws Exception {
		PlatformUI.getWorkbench().showPerspective(PublicationPerspective.ID, window());
		UiWait.flushEvents();
		assertEquals(PublicationPerspective.ID, page().getPerspective().getId());
		assertNotNull(page().findView(IPageLayout.ID_PROGRESS_VIEW), "progress");
	}

	@Test
	void welcomePageOpens() throws Exception {
		WelcomeView welcome = (WelcomeView) page().showView(WelcomeView.ID);
		assertNotNull(welcome);
		assertEquals("Bienvenue", page().findViewReference(WelcomeView.ID).getPartName());
		page().hideView(welcome);
	}

	@Test
	void errorLogIsAvailable() throws Exception {
		assertNotNull(page().showView(Perspectives.ERROR_LOG_VIEW), "error log view");
		page().hideView(page().findView(Perspectives.ERROR_LOG_VIEW));
	}

	@Test
	void essaimPreferencePageExists() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window().getShell(), "org.essaim.ui.preferences", null, null);
		dialog.create();
		try {
			assertNotNull(dialog.getSelectedPage(), "no selected page");
			assertTrue(dialog.getSelectedPage() instanceof EssaimPreferencePage, "page: " + dialog.getSelectedPage());
		} finally {
			dialog.close();
		}
	}
}
