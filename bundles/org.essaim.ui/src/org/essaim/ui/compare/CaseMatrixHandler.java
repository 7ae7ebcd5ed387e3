/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.index.SearchHit;
import org.essaim.index.compare.CaseMatrix;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.ui.cases.compare.CompareCasesHandler;
import org.essaim.ui.workspace.WorkspaceProject;

/** « Comparer en matrice »: three or more selected cases (navigator or search results) in the matrix editor. */
public final class CaseMatrixHandler extends AbstractHandler {

	/** Fewer cases read better side by side (« Comparer les deux cas »). */
	public static final int MINIMUM_CASES = 3;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		Path workspace = WorkspaceProject.currentFolder().orElse(null);
		List<Path> files = caseFiles(HandlerUtil.getCurrentSelection(event), workspace);
		if (files.size() < MINIMUM_CASES || workspace == null) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.matrix_command, Messages.matrix_needThree);
			return null;
		}
		try {
			open(page, workspace, files);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/** Loads the cases of {@code files} (from the workspace folder) and opens their matrix. */
	public static CaseMatrixEditor open(IWorkbenchPage page, Path workspace, List<Path> files) throws PartInitException {
		List<CaseStudy> cases = new ArrayList<>();
		BusyIndicator.showWhile(page.getWorkbenchWindow().getShell().getDisplay(), () -> cases.addAll(load(workspace, files)));
		return (CaseMatrixEditor) page.openEditor(new CaseMatrixInput(files, CaseMatrix.of(cases)), CaseMatrixEditor.ID);
	}

	/** The cases of these files, in the files' order; files that do not load as cases are left out. */
	static List<CaseStudy> load(Path workspace, List<Path> files) {
		Map<Path, CaseStudy> byFile = EssaimWorkspace.load(workspace).cases().stream()
				.collect(Collectors.toMap(d -> d.file().toAbsolutePath().normalize(), CaseDocument::caseStudy, (a, b) -> a));
		return files.stream().map(f -> byFile.get(f.toAbsolutePath().normalize())).filter(c -> c != null).toList();
	}

	/** The selected case files: navigator files and case hits of the search results, without duplicates. */
	static List<Path> caseFiles(ISelection selection, Path workspace) {
		Set<Path> files = new LinkedHashSet<>(CompareCasesHandler.caseFiles(selection));
		if (selection instanceof IStructuredSelection structured) {
			Function<Path, Path> absolute = f -> f.isAbsolute() || workspace == null ? f : workspace.resolve(f);
			for (Object element : structured.toList()) {
				if (element instanceof SearchHit hit && SearchHit.CASE.equals(hit.kind())) {
					files.add(absolute.apply(hit.file()).normalize());
				}
			}
		}
		return List.copyOf(files);
	}
}
