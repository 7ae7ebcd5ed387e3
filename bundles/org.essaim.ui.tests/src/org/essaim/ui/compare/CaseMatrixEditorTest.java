/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.essaim.index.SearchHit;
import org.essaim.ui.search.SimilarCasesHandlerAccess;
import org.essaim.ui.testing.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three cases open in the matrix editor, one row each, sortable and exported as CSV. */
class CaseMatrixEditorTest {

	@TempDir
	Path exportFolder;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	private static List<Path> threeCases() throws IOException {
		try (Stream<Path> files = Files.list(Examples.folder().resolve("cases"))) {
			return files.filter(f -> f.toString().endsWith(".case")).sorted(Comparator.comparing(Path::toString)).limit(3).toList();
		}
	}

	@Test
	void threeCasesOpenWithTheirIdsAsRows() throws Exception {
		List<Path> files = threeCases();
		List<String> ids = files.stream().map(f -> SimilarCasesHandlerAccess.idOf(f).orElseThrow()).toList();
		CaseMatrixEditor editor = CaseMatrixHandler.open(page(), Examples.folder(), files);

		assertEquals(ids, editor.shownCaseIds());
		assertEquals(page().getActiveEditor(), editor);

		editor.sortBy(editor.tableControl().getColumn(0), 0);
		editor.sortBy(editor.tableControl().getColumn(0), 0); // second click: descending
		assertEquals(ids.stream().sorted(java.text.Collator.getInstance(java.util.Locale.FRENCH).reversed()).toList(), editor.shownCaseIds());

		Path csv = exportFolder.resolve("matrice.csv");
		editor.exportCsv(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("Cas,"), lines.get(0));
		for (String id : ids) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + ",") || l.startsWith("\"" + id)), id + " not in " + lines);
		}
	}

	/** The commands as a user runs them from the workspace view's context menu (plugin.xml wiring included). */
	@Test
	void commandsRunOnTheNavigatorSelection() throws Exception {
		List<Path> files = threeCases();
		org.eclipse.core.resources.IProject project = org.essaim.ui.workspace.WorkspaceProject.current().orElseThrow();
		List<org.eclipse.core.resources.IFile> selected = files.stream()
				.map(f -> project.getFile(Examples.folder().relativize(f).toString())).toList();
		org.eclipse.ui.navigator.CommonNavigator navigator = (org.eclipse.ui.navigator.CommonNavigator) page()
				.showView(org.essaim.ui.workspace.EssaimNavigator.ID);
		navigator.selectReveal(new StructuredSelection(selected));
		page().activate(navigator);
		org.essaim.ui.testing.UiWait.flushEvents();
		org.eclipse.ui.handlers.IHandlerService handlers = navigator.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);

		handlers.executeCommand("org.essaim.ui.compare.matrix", null);
		CaseMatrixEditor editor = (CaseMatrixEditor) page().getActiveEditor();
		assertEquals(files.stream().map(f -> SimilarCasesHandlerAccess.idOf(f).orElseThrow()).toList(), editor.shownCaseIds());

		page().activate(navigator);
		navigator.selectReveal(new StructuredSelection(selected.get(0)));
		org.essaim.ui.testing.UiWait.flushEvents();
		handlers.executeCommand("org.essaim.ui.search.similar", null);
		org.essaim.ui.search.SearchView search = (org.essaim.ui.search.SearchView) page().findView(org.essaim.ui.search.SearchView.ID);
		org.essaim.ui.testing.UiWait.jobsDone(org.essaim.ui.search.SearchViewAccess.family());
		String id = SimilarCasesHandlerAccess.idOf(files.get(0)).orElseThrow();
		org.essaim.ui.testing.UiWait.until("similar cases of " + id, () -> search.statusText().contains(id));
	}

	@Test
	void searchResultsAndNavigatorFilesAreBothCaseSelections() throws IOException {
		List<Path> files = threeCases();
		Path workspace = Examples.folder();
		SearchHit hit = new SearchHit("X", SearchHit.CASE, "X", workspace.relativize(files.get(0)), 1, "", "", "");
		SearchHit protocol = new SearchHit("P", SearchHit.PROTOCOL, "P", Path.of("protocols/p.coop"), 1, "", "", "");
		assertEquals(List.of(files.get(0).normalize()), CaseMatrixHandler.caseFiles(new StructuredSelection(List.of(hit, protocol)), workspace));
	}
}
