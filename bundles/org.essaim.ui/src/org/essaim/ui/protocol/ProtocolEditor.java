/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.essaim.ui.editor.ProtocolPartitions;
import org.essaim.ui.workspace.WorkspaceProject;

/**
 * The editor of cooperation protocols (.coop): a platform text editor driven by the language's Xtext editor
 * services run in-process (colours, completion, problems while typing, hover, outline, navigation, references,
 * rename, formatting and quick fixes).
 */
public final class ProtocolEditor extends TextEditor {

	/** Editor id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.editors.protocol";
	/** Key binding context of the editor (F3, Ctrl+Shift+F, Ctrl+Shift+G, Alt+Shift+R). */
	public static final String CONTEXT = "org.essaim.ui.protocolEditorScope";
	static final String COMMAND_FORMAT = "org.essaim.ui.protocol.format";
	static final String COMMAND_OPEN_DECLARATION = "org.essaim.ui.protocol.openDeclaration";
	static final String COMMAND_REFERENCES = "org.essaim.ui.protocol.references";
	static final String COMMAND_RENAME = "org.essaim.ui.protocol.rename";

	private ProtocolModel model;
	private SemanticHighlighter highlighter;
	private ProtocolOutlinePage outline;
	private ProtocolReconcilingStrategy.Analysis lastAnalysis;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new ProtocolViewerConfiguration(this, getPreferenceStore()));
		setEditorContextMenuId("#ProtocolEditorContext");
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		IDocument document = getDocumentProvider().getDocument(input);
		if (document != null) {
			ProtocolPartitions.install(document);
		}
		Path path = pathOf(input);
		model = path == null ? null : new ProtocolModel(path, WorkspaceProject.currentFolder().orElse(null));
		CoopServices.warmUpInBackground();
	}

	private static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			return location == null ? null : location.toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		highlighter = new SemanticHighlighter(getSourceViewer());
	}

	@Override
	protected void createActions() {
		super.createActions();
		addAction(new ProtocolActions.Format(this), COMMAND_FORMAT);
		addAction(new ProtocolActions.OpenDeclaration(this), COMMAND_OPEN_DECLARATION);
		addAction(new ProtocolActions.FindReferences(this), COMMAND_REFERENCES);
		addAction(new ProtocolActions.Rename(this), COMMAND_RENAME);
	}

	private void addAction(IAction action, String commandId) {
		action.setActionDefinitionId(commandId);
		action.setId(commandId);
		setAction(commandId, action);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		for (String command : new String[] { COMMAND_OPEN_DECLARATION, COMMAND_REFERENCES, COMMAND_RENAME, COMMAND_FORMAT }) {
			addAction(menu, ITextEditorActionConstants.GROUP_EDIT, command);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> required) {
		if (IContentOutlinePage.class.equals(required)) {
			if (outline == null) {
				outline = new ProtocolOutlinePage(this);
				if (lastAnalysis != null) {
					outline.update(lastAnalysis);
				}
			}
			return required.cast(outline);
		}
		return super.getAdapter(required);
	}

	/** Called on the UI thread when an analysis of the text is complete. */
	void analysed(long stamp, ProtocolReconcilingStrategy.Analysis analysis) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getDocument() == null) {
			return;
		}
		if (((IDocumentExtension4) viewer.getDocument()).getModificationStamp() != stamp) {
			return; // typed meanwhile: the next analysis is on its way
		}
		lastAnalysis = analysis;
		highlighter.update(analysis.names());
		if (outline != null) {
			outline.update(analysis);
		}
	}

	/** The parsed state of this editor's protocol ({@code null} when the input is not a local file). */
	ProtocolModel model() {
		return model;
	}

	/** The workspace file being edited, if it is one. */
	IFile file() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** A copy of the current text. */
	String text() {
		return getDocumentProvider().getDocument(getEditorInput()).get();
	}

	IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	int caretOffset() {
		return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
	}

	ISourceViewer viewer() {
		return getSourceViewer();
	}

	@Override
	public void dispose() {
		if (highlighter != null) {
			highlighter.dispose();
		}
		IFile file = file();
		super.dispose();
		if (file != null) {
			// Closed without saving: the Problems view must speak of the file on disk again.
			WorkspaceProtocolsValidation.schedule(file);
		}
	}
}
