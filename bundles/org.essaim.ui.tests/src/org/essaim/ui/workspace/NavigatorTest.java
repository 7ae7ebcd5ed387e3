/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workspace view shows the example folder, and opening a protocol from it opens an editor. */
class NavigatorTest {

	private static final String PROTOCOL_EDITOR = org.essaim.ui.protocol.ProtocolEditor.ID;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static EssaimNavigator navigator() {
		EssaimNavigator navigator = (EssaimNavigator) page().findView(EssaimNavigator.ID);
		assertNotNull(navigator, "the workspace view is not open");
		return navigator;
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theProjectIsTheExamplesFolder() {
		IProject project = WorkspaceProject.current().orElseThrow();
		assertTrue(project.isOpen());
		assertEquals(Examples.folder(), project.getLocation().toPath());
	}

	@Test
	void showsEveryVisibleFileOfTheExamples() throws IOException {
		CommonViewer viewer = navigator().getCommonViewer();
		viewer.expandAll();
		UiWait.flushEvents();
		Set<String> shown = new TreeSet<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			collectFiles(item, shown);
		}
		assertEquals(filesOnDisk(), shown);
	}

	private static void collectFiles(TreeItem item, Set<String> into) {
		if (item.getData() instanceof IFile file) {
			into.add(file.getProjectRelativePath().toString());
		}
		for (TreeItem child : item.getItems()) {
			collectFiles(child, into);
		}
	}

	private static Set<String> filesOnDisk() throws IOException {
		Path folder = Examples.folder();
		try (Stream<Path> files = Files.walk(folder)) {
			Set<String> expected = new TreeSet<>();
			files.filter(Files::isRegularFile).map(folder::relativize).filter(path -> !Examples.isHidden(path))
					.forEach(path -> expected.add(path.toString().replace('\\', '/')));
			return expected;
		}
	}

	@Test
	void doubleClickOnAProtocolOpensItInTheProtocolEditor() throws IOException {
		Path protocol = Examples.protocols().get(0);
		IFile file = WorkspaceProject.current().orElseThrow().getFile(Examples.folder().relativize(protocol).toString());
		EssaimNavigator navigator = navigator();
		page().activate(navigator); // as the user's click would: the open action follows the active part
		CommonViewer viewer = navigator.getCommonViewer();
		viewer.setSelection(new StructuredSelection(file), true);
		UiWait.flushEvents();
		// The navigator updates its Open action from the selection in a UI job: a double click that comes
		// before that job opens nothing, as for a user clicking very fast. Double-click again until it opens.
		long[] lastClick = { 0 };
		UiWait.until("an editor on " + file.getName(), () -> {
			if (page().getActiveEditor() != null) {
				return true;
			}
			if (System.nanoTime() - lastClick[0] > 500_000_000L) {
				lastClick[0] = System.nanoTime();
				doubleClickSelection(viewer.getTree());
			}
			return false;
		});
		IEditorPart editor = page().getActiveEditor();
		assertEquals(PROTOCOL_EDITOR, editor.getSite().getId());
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class));
		ITextEditor textEditor = Adapters.adapt(editor, ITextEditor.class);
		IDocument document = textEditor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(Files.readString(protocol, StandardCharsets.UTF_8), document.get());
	}

	/** What SWT sends on a double click: a default selection of the selected item. */
	private static void doubleClickSelection(Tree tree) {
		List<TreeItem> selected = new ArrayList<>(List.of(tree.getSelection()));
		assertEquals(1, selected.size(), "one item should be selected");
		Event event = new Event();
		event.item = selected.get(0);
		tree.notifyListeners(SWT.DefaultSelection, event);
	}
}
