/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.essaim.ui.map.MapView;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.workspace.EssaimNavigator;

/** The "Capitalisation" perspective: workspace on the left, editors in the middle, the map on the right, search below. */
public final class CapitalisationPerspective implements IPerspectiveFactory {

	/** Perspective id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.perspective.capitalisation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("essaim.left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(EssaimNavigator.ID);

		IFolderLayout bottom = layout.createFolder("essaim.bottom", IPageLayout.BOTTOM, 0.66f, editorArea);
		bottom.addView(SearchView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);

		bottom.addPlaceholder(Perspectives.ERROR_LOG_VIEW);
		bottom.addPlaceholder(ProtocolesPerspective.REFERENCES_VIEW);

		// The map beside the editors: clicking a région narrows the search below.
		IFolderLayout right = layout.createFolder("essaim.right", IPageLayout.RIGHT, 0.45f, editorArea);
		right.addView(MapView.ID);

		// The welcome page (first start, Help > Welcome) takes the right half of the editor area.
		layout.addPlaceholder(WelcomeView.ID, IPageLayout.RIGHT, 0.45f, editorArea);

		Perspectives.addCommonShortcuts(layout);
	}
}
