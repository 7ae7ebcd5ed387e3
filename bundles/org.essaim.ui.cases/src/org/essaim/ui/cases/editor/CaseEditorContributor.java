/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Plugs the case editor's undo and redo into the Edit menu and Ctrl+Z / Ctrl+Y. */
public final class CaseEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		boolean editable = part instanceof CaseEditor editor && editor.isSaveAllowed();
		CaseEditor editor = editable ? (CaseEditor) part : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.undoAction());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.redoAction());
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// Every page edits the same model: the undo and redo set for the editor stay.
	}
}
