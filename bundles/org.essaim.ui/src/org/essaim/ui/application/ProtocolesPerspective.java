/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.essaim.ui.workspace.EssaimNavigator;

/** The "Protocoles" perspective, for practitioners writing protocols: workspace, editor, outline, problems. */
public final class ProtocolesPerspective implements IPerspectiveFactory {

	/** Perspective id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.perspective.protocoles";
	static final String REFERENCES_VIEW = "org.essaim.ui.views.references";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("essaim.protocoles.left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(EssaimNavigator.ID);

		IFolderLayout right = layout.createFolder("essaim.protocoles.right", IPageLayout.RIGHT, 0.75f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder("essaim.protocoles.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(REFERENCES_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(Perspectives.ERROR_LOG_VIEW);

		Perspectives.addCommonShortcuts(layout);
	}
}
