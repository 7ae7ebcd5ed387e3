/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.cases.editor.CaseEditor;

/** Opens files the way a double click in the workspace view does (the default editor of the file). */
public final class Editors {

	private Editors() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens {@code file} in its default editor, which must be the case editor. */
	public static CaseEditor open(IFile file) {
		try {
			IEditorPart editor = IDE.openEditor(page(), file, true);
			UiWait.flushEvents();
			return assertInstanceOf(CaseEditor.class, editor, "a .case file opens in the case editor by default");
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Closes every editor without saving. */
	public static void closeAll() {
		page().closeAllEditors(false);
		UiWait.flushEvents();
	}
}
