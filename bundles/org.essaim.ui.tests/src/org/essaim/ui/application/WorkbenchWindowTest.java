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

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.workspace.EssaimNavigator;
import org.junit.jupiter.api.Test;

/** The Essaim window opens as a product: title, perspective, views and French menus. */
class WorkbenchWindowTest {

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		return window;
	}

	@Test
	void runsAsTheEssaimProduct() {
		assertEquals("org.essaim.ui.product", Platform.getProduct().getId());
		assertEquals("Essaim", Platform.getProduct().getName());
	}

	@Test
	void windowIsTitledEssaim() {
		assertEquals(EssaimWindowAdvisor.WINDOW_TITLE, window().getShell().getText());
		assertTrue(window().getShell().isVisible(), "the window is not visible");
	}

	@Test
	void opensInTheCapitalisationPerspective() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(CapitalisationPerspective.ID, page.getPerspective().getId());
		assertEquals("Capitalisation", page.getPerspective().getLabel());
	}

	@Test
	void showsTheWorkspaceAndSearchViews() {
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findView(EssaimNavigator.ID), "the workspace view is not shown");
		assertNotNull(page.findView(SearchView.ID), "the search view is not shown");
		assertEquals("Espace de travail", page.findViewReference(EssaimNavigator.ID).getPartName());
		assertEquals("Recherche", page.findViewReference(SearchView.ID).getPartName());
	}

	@Test
	void menusAreInFrench() {
		List<String> labels = Arrays.stream(window().getShell().getMenuBar().getItems())
				.map(item -> item.getText().replace("&", "")).toList();
		assertTrue(labels.containsAll(List.of("Fichier", "Édition", "Fenêtre", "Aide")), "menus: " + labels);
	}
}
