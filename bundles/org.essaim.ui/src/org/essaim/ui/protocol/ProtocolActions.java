/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.essaim.ui.EssaimUiPlugin;

/** The protocol editor's commands: format, open declaration, find references, rename. */
final class ProtocolActions {

	/** How long the UI thread waits for an analysis under way before telling the user to retry. */
	private static final long UI_WAIT_MS = 2000;
	private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

	private ProtocolActions() {
	}

	/** Selects {@code target} in its editor, opening the file if it is another one. */
	static void reveal(ProtocolEditor from, Navigation.Target target) {
		ITextEditor editor = from;
		if (!target.file().equals(from.model().file())) {
			Optional<IFile> file = Navigation.workspaceFile(target.file());
			if (file.isEmpty()) {
				return;
			}
			try {
				IEditorPart opened = IDE.openEditor(from.getSite().getPage(), file.get(), ProtocolEditor.ID);
				if (!(opened instanceof ITextEditor textEditor)) {
					return;
				}
				editor = textEditor;
			} catch (PartInitException e) {
				EssaimUiPlugin.logError("Cannot open " + target.file(), e);
				return;
			}
		}
		editor.selectAndReveal(target.offset(), target.length());
	}

	private static void busy(ProtocolEditor editor) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.busy);
	}

	/**
	 * An action on the name or text under the editor's caret: it does nothing before the editor has its model, nor,
	 * when it changes the text, on a read-only editor.
	 */
	private abstract static class EditorAction extends Action {
		final ProtocolEditor editor;
		private final boolean changesText;

		EditorAction(String label, ProtocolEditor editor, boolean changesText) {
			super(label);
			this.editor = editor;
			this.changesText = changesText;
		}

		@Override
		public final void run() {
			ProtocolModel model = editor.model();
			if (model == null || (changesText && !editor.isEditable())) {
				return;
			}
			run(model, editor.text(), editor.caretOffset());
		}

		abstract void run(ProtocolModel model, String text, int offset);
	}

	/** Ctrl+Shift+F: the language's formatter, applied as one undoable change. */
	static final class Format extends EditorAction {
		Format(ProtocolEditor editor) {
			super(Messages.action_format, editor, true);
		}

		@Override
		void run(ProtocolModel model, String text, int offset) {
			Optional<List<TextEdit>> edits = model.tryRead(text, UI_WAIT_MS, parsed -> formatEdits(parsed, text));
			if (edits.isEmpty()) {
				busy(editor);
				return;
			}
			apply(editor.document(), new LineIndex(text), edits.get(), editor.getAdapter(IRewriteTarget.class));
		}
	}

	/** The formatter's edits for the whole text (tabs, as the examples are written). */
	static List<TextEdit> formatEdits(ProtocolModel.Parsed parsed, String text) {
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(parsed.model().uri().toString()),
				new FormattingOptions(4, false));
		return new ArrayList<>(CoopServices.injector().getInstance(FormattingService.class).format(parsed.document(), parsed.resource(),
				params, CancelIndicator.NullImpl));
	}

	/** Applies LSP edits computed on {@code lines}' text, last first so that earlier offsets stay right. */
	static void apply(IDocument document, LineIndex lines, List<TextEdit> edits, IRewriteTarget target) {
		TreeMap<Integer, TextEdit> byOffset = new TreeMap<>(Comparator.reverseOrder());
		for (TextEdit edit : edits) {
			byOffset.put(lines.offset(edit.getRange().getStart()), edit);
		}
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (Map.Entry<Integer, TextEdit> entry : byOffset.entrySet()) {
				int[] region = lines.region(entry.getValue().getRange());
				document.replace(region[0], region[1], entry.getValue().getNewText());
			}
		} catch (BadLocationException e) {
			EssaimUiPlugin.logError("Cannot apply an edit of the protocol services", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** F3: to the declaration of the name under the cursor. */
	static final class OpenDeclaration extends EditorAction {
		OpenDeclaration(ProtocolEditor editor) {
			super(Messages.action_openDeclaration, editor, false);
		}

		@Override
		void run(ProtocolModel model, String text, int offset) {
			Optional<List<Navigation.Target>> targets = model.tryRead(text, UI_WAIT_MS, parsed -> Navigation.definitions(parsed, text, offset));
			if (targets.isEmpty()) {
				busy(editor);
			} else if (!targets.get().isEmpty()) {
				reveal(editor, targets.get().get(0));
			}
		}
	}

	/** Ctrl+Shift+G: every place the name under the cursor is referred to, listed in the References view. */
	static final class FindReferences extends EditorAction {
		FindReferences(ProtocolEditor editor) {
			super(Messages.action_references, editor, false);
		}

		@Override
		void run(ProtocolModel model, String text, int offset) {
			model.reloadLibrary();
			Optional<List<Navigation.Target>> targets = model.tryRead(text, UI_WAIT_MS, parsed -> Navigation.references(parsed, text, offset));
			if (targets.isEmpty()) {
				busy(editor);
				return;
			}
			ReferencesView.show(editor, wordAt(text, offset), targets.get());
		}
	}

	/** Alt+Shift+R: renames a declared element and every reference to it, in all protocols of the workspace. */
	static final class Rename extends EditorAction {
		Rename(ProtocolEditor editor) {
			super(Messages.action_rename, editor, true);
		}

		@Override
		void run(ProtocolModel model, String text, int offset) {
			model.reloadLibrary();
			Optional<List<Navigation.Target>> found = model.tryRead(text, UI_WAIT_MS, parsed -> {
				List<Navigation.Target> declarations = Navigation.definitions(parsed, text, offset);
				if (declarations.isEmpty()) {
					return List.<Navigation.Target>of();
				}
				Navigation.Target declaration = declarations.get(0);
				List<Navigation.Target> all = new ArrayList<>(List.of(declaration));
				all.addAll(Navigation.references(parsed, text, offset));
				return all;
			});
			if (found.isEmpty()) {
				busy(editor);
				return;
			}
			if (found.get().isEmpty()) {
				MessageDialog.openInformation(editor.getSite().getShell(), Messages.rename_title, Messages.rename_nothing);
				return;
			}
			String old = lastSegment(wordAt(text, offset));
			InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.rename_title, NLS.bind(Messages.rename_prompt, old), old,
					input -> NAME.matcher(input).matches() ? null : Messages.rename_invalid);
			if (dialog.open() != Window.OK || dialog.getValue().equals(old)) {
				return;
			}
			renameAll(editor, found.get(), dialog.getValue());
		}
	}

	/** Replaces the last segment of each written name ("protocole.cadrage" keeps its prefix), file by file, last first. */
	static void renameAll(ProtocolEditor editor, List<Navigation.Target> targets, String newName) {
		Map<Path, List<Navigation.Target>> byFile = new TreeMap<>();
		for (Navigation.Target target : targets) {
			byFile.computeIfAbsent(target.file(), file -> new ArrayList<>()).add(target);
		}
		Path edited = editor.model().file();
		for (Map.Entry<Path, List<Navigation.Target>> entry : byFile.entrySet()) {
			if (entry.getKey().equals(edited)) {
				renameIn(editor.document(), entry.getValue(), newName, editor.getAdapter(IRewriteTarget.class));
			} else {
				Navigation.workspaceFile(entry.getKey()).ifPresent(file -> renameInFile(file, entry.getValue(), newName));
			}
		}
	}

	private static void renameIn(IDocument document, List<Navigation.Target> targets, String newName, IRewriteTarget rewrite) {
		List<Navigation.Target> sorted = new ArrayList<>(targets);
		sorted.sort(Comparator.comparingInt(Navigation.Target::offset).reversed());
		if (rewrite != null) {
			rewrite.beginCompoundChange();
		}
		try {
			int previous = -1;
			for (Navigation.Target target : sorted) {
				if (target.offset() == previous) {
					continue;
				}
				previous = target.offset();
				String written = document.get(target.offset(), target.length());
				int dot = written.lastIndexOf('.');
				document.replace(target.offset() + dot + 1, target.length() - dot - 1, newName);
			}
		} catch (BadLocationException e) {
			EssaimUiPlugin.logError("Cannot rename in a protocol", e);
		} finally {
			if (rewrite != null) {
				rewrite.endCompoundChange();
			}
		}
	}

	/** Other files go through their file buffer: an open editor sees the change, a closed file is saved. */
	private static void renameInFile(IFile file, List<Navigation.Target> targets, String newName) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				renameIn(buffer.getDocument(), targets, newName, null);
				if (!buffer.isShared()) { // no editor holds it: save it now
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			EssaimUiPlugin.logError("Cannot rename in " + file.getFullPath(), e);
		}
	}

	private static String lastSegment(String written) {
		var matcher = NAME.matcher(written.substring(written.lastIndexOf('.') + 1));
		return matcher.find() ? matcher.group() : written;
	}

	private static String wordAt(String text, int offset) {
		int start = offset;
		while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
			start--;
		}
		int end = offset;
		while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
			end++;
		}
		return text.substring(start, end);
	}
}
