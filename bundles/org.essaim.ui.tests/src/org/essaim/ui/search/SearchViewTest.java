/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.essaim.index.EssaimIndex;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view answers like the index does, and opens the file of a result. */
class SearchViewTest {

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
	private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

	@TempDir
	Path referenceIndexFolder;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static SearchView view() throws PartInitException {
		return (SearchView) page().showView(SearchView.ID);
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void viewIsOpenInThePerspective() throws PartInitException {
		assertNotNull(page().findView(SearchView.ID));
		assertEquals(4, view().shownHitsTable().getColumnCount());
	}

	@Test
	void findsWhatTheIndexFindsInTheSameOrder() throws Exception {
		String query = wordOfFirstProtocol();
		List<Path> expected = referenceSearch(query);
		assertFalse(expected.isEmpty(), "the index finds nothing for '" + query + "'");

		SearchView view = view();
		view.search(query);
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("results for '" + query + "'", () -> !view.shownHits().isEmpty());

		assertEquals(expected, view.shownHits().stream().map(SearchHit::file).map(SearchViewTest::absolute).toList());
		assertTrue(view.statusText().contains(query), view.statusText());
	}

	@Test
	void anInvalidQueryShowsTheIndexMessage() throws PartInitException {
		SearchView view = view();
		view.search("AND"); // an operator alone: refused even when retried as plain words
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("an error message", () -> !view.statusText().equals(Messages.search_running));
		assertTrue(view.shownHits().isEmpty(), () -> view.statusText() + " / " + view.shownHits().size() + " hits");
		assertFalse(view.statusText().isBlank());
	}

	@Test
	void doubleClickOnAResultOpensItsFile() throws Exception {
		SearchView view = view();
		view.search(wordOfFirstProtocol());
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("results", () -> !view.shownHits().isEmpty());
		Path expectedFile = absolute(view.shownHits().get(0).file());

		Table table = view.shownHitsTable();
		table.setSelection(0);
		Event event = new Event();
		event.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, event);

		UiWait.until("an editor", () -> page().getActiveEditor() != null);
		IEditorPart editor = page().getActiveEditor();
		IFile opened = editor.getEditorInput().getAdapter(IFile.class);
		assertNotNull(opened, "the result was not opened as a workspace file");
		assertEquals(expectedFile, opened.getLocation().toPath());
	}

	private static Path absolute(Path file) {
		return file.isAbsolute() ? file : Examples.folder().resolve(file);
	}

	/** A word of the first protocol's first quoted text: protocols quote their titles and descriptions. */
	private static String wordOfFirstProtocol() throws IOException {
		String text = Files.readString(Examples.protocols().get(0), StandardCharsets.UTF_8);
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			Matcher words = WORD.matcher(quoted.group(1));
			String longest = words.results().map(match -> match.group()).max(Comparator.comparingInt(String::length)).orElse(null);
			if (longest != null) {
				return longest;
			}
		}
		throw new AssertionError("no quoted text of five letters or more in " + Examples.protocols().get(0));
	}

	private List<Path> referenceSearch(String query) throws IOException, QueryException {
		try (EssaimIndex index = EssaimIndex.open(Examples.folder(), referenceIndexFolder)) {
			index.rebuild();
			return index.search(query, 200).stream().map(SearchHit::file).map(SearchViewTest::absolute).toList();
		}
	}
}
