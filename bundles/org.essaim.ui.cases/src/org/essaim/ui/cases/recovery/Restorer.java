/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.essaim.model.CaseLoadException;
import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.editor.CaseModel;

/** Opens each recovered case in its editor and applies the unsaved copy to it; copies that fail are kept. */
public final class Restorer {

	private final IWorkbenchPage page;
	private final RecoveryArea area;

	public Restorer(IWorkbenchPage page, RecoveryArea area) {
		this.page = page;
		this.area = area;
	}

	/** Restores the copies; returns the editors now holding them (dirty, for the user to save). */
	public List<CaseEditor> restore(List<RecoveryArea.Recovered> chosen) {
		List<CaseEditor> restored = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (RecoveryArea.Recovered recovered : chosen) {
			try {
				CaseEditor editor = open(recovered);
				editor.restore(CaseModel.parse(Files.readAllBytes(recovered.copy()), recovered.original().getFileName().toString()));
				restored.add(editor);
				area.discard(recovered.original());
			} catch (CoreException | IOException | CaseLoadException | IllegalStateException e) {
				failures.add(recovered.original() + " : " + e.getMessage());
			}
		}
		if (!failures.isEmpty()) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.restore_title,
					Messages.bind(Messages.restore_failed, String.join("\n", failures)));
		}
		return restored;
	}

	private CaseEditor open(RecoveryArea.Recovered recovered) throws CoreException {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(recovered.original().toUri());
		IEditorPart editor = files.length > 0 ? IDE.openEditor(page, files[0], CaseEditor.ID)
				: IDE.openEditor(page, EFS.getLocalFileSystem().getStore(recovered.original().toUri()).toURI(), CaseEditor.ID, true);
		if (editor instanceof CaseEditor caseEditor && caseEditor.isSaveAllowed()) {
			return caseEditor;
		}
		throw new IllegalStateException(Messages.restore_notEditable);
	}
}
