/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.essaim.ui.workspace.WorkspaceProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Protocol files are colored in the editor: strings, and the grammar's keywords in bold. */
class EditorColoringTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void grammarKeywordsAreKnown() {
		assertTrue(ProtocolKeywords.get().size() > 3, "keywords: " + ProtocolKeywords.get());
	}

	@Test
	void stringsAndKeywordsOfAProtocolAreColored() throws Exception {
		StyledText text = openFirstProtocol();
		String content = text.getText();

		int quote = content.indexOf('"');
		assertTrue(quote >= 0, "the protocol has no string");
		UiWait.until("a colored string", () -> text.getStyleRangeAtOffset(quote) != null);
		assertEquals(colorOf(SyntaxColors.STRING), text.getStyleRangeAtOffset(quote).foreground.getRGB());

		int keyword = firstKeywordOffset(content);
		StyleRange keywordStyle = text.getStyleRangeAtOffset(keyword);
		assertNotNull(keywordStyle, "keyword at " + keyword + " is not colored");
		assertEquals(SWT.BOLD, keywordStyle.fontStyle & SWT.BOLD);
		assertEquals(colorOf(SyntaxColors.KEYWORD), keywordStyle.foreground.getRGB());
	}

	private static StyledText openFirstProtocol() throws Exception {
		Path protocol = Examples.protocols().get(0);
		IFile file = WorkspaceProject.current().orElseThrow().getFile(Examples.folder().relativize(protocol).toString());
		IEditorPart editor = IDE.openEditor(page(), file);
		UiWait.flushEvents();
		Control control = editor.getAdapter(Control.class);
		assertTrue(control instanceof StyledText, "not a text editor: " + control);
		return (StyledText) control;
	}

	/** Offset of the first keyword written as a whole word outside comments and strings (line start). */
	private static int firstKeywordOffset(String content) {
		int offset = 0;
		for (String line : content.split("\n", -1)) {
			String trimmed = line.stripLeading();
			int indent = line.length() - trimmed.length();
			for (String keyword : ProtocolKeywords.get()) {
				if (trimmed.startsWith(keyword) && (trimmed.length() == keyword.length()
						|| !Character.isLetterOrDigit(trimmed.charAt(keyword.length())))) {
					return offset + indent;
				}
			}
			offset += line.length() + 1;
		}
		throw new AssertionError("no line of the protocol starts with a keyword");
	}

	private static org.eclipse.swt.graphics.RGB colorOf(IToken token) {
		return ((TextAttribute) token.getData()).getForeground().getRGB();
	}
}
