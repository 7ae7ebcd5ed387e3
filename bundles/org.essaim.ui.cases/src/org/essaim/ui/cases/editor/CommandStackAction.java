/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on the case's command stack, named after the command it would take back («  Annuler
 * Définir Titre »). Typing not yet sent to the model is sent first, so that it is what gets undone.
 */
public final class CommandStackAction extends Action {

	private final CaseEditor editor;
	private final boolean undo;

	CommandStackAction(CaseEditor editor, boolean undo) {
		this.editor = editor;
		this.undo = undo;
		setId((undo ? ActionFactory.UNDO : ActionFactory.REDO).getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		update();
	}

	@Override
	public void run() {
		editor.commitPendingEdits();
		CommandStack stack = editor.model().commandStack();
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	/** Follows the command stack: enabled when there is something to take back (or redo). */
	public void update() {
		CommandStack stack = editor.model().commandStack();
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(next != null);
		String label = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
		setText((undo ? Messages.action_undo : Messages.action_redo) + label);
	}
}
