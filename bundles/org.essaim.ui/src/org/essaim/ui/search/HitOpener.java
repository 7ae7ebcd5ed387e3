/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.essaim.index.SearchHit;

/** Opens the file of a search hit in its editor, as a workspace file when it is one. */
final class HitOpener {

	private HitOpener() {
	}

	static IEditorPart open(IWorkbenchPage page, SearchHit hit, Path workspaceFolder) throws PartInitException {
		Path file = hit.file().isAbsolute() ? hit.file() : workspaceFolder.resolve(hit.file());
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		for (IFile candidate : files) {
			if (candidate.isAccessible()) {
				return IDE.openEditor(page, candidate);
			}
		}
		// Outside the project (e.g. a hidden folder): open it from disk all the same.
		return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
	}
}
