/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** « Comparer les deux cas »: the two {@code .case} files selected, side by side in the Compare editor. */
public final class CompareCasesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Path> files = caseFiles(HandlerUtil.getCurrentSelection(event));
		if (files.size() == 2) {
			open(files.get(0), files.get(1));
		}
		return null;
	}

	/** Opens the Compare editor on two case files (for other bundles' actions: search results, the matrix). */
	public static void open(Path left, Path right) {
		CompareUI.openCompareEditor(new CaseCompareInput(left, right));
	}

	/** The local paths of the {@code .case} files in a selection (workspace files or anything adapting to one). */
	public static List<Path> caseFiles(ISelection selection) {
		List<Path> files = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && "case".equals(file.getFileExtension()) && file.getLocation() != null) {
					files.add(file.getLocation().toPath());
				}
			}
		}
		return files;
	}
}
