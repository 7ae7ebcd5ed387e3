/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.workspace.EssaimNavigator;

/**
 * The "Publication" perspective, for editors of the practice guide: workspace, editors, and below them the
 * problems the publication reports and the progress of long work; the guide's preview opens on the right.
 */
public final class PublicationPerspective implements IPerspectiveFactory {

	/** Perspective id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.perspective.publication";
	/** Where the guide's preview view goes (placeholder: any view id of the publish bundle matches). */
	static final String PREVIEW_PLACEHOLDER = "org.essaim.ui.publish.*";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("essaim.publication.left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(EssaimNavigator.ID);
		left.addPlaceholder(SearchView.ID);

		IPlaceholderFolderLayout right = layout.createPlaceholderFolder("essaim.publication.right", IPageLayout.RIGHT, 0.55f, editorArea);
		right.addPlaceholder(PREVIEW_PLACEHOLDER);

		IFolderLayout bottom = layout.createFolder("essaim.publication.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(Perspectives.ERROR_LOG_VIEW);

		Perspectives.addCommonShortcuts(layout);
	}
}
