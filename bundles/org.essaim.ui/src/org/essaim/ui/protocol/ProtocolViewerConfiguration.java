/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.URLHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.essaim.ui.application.EssaimPreferences;
import org.essaim.ui.editor.CoopPresentationReconciler;
import org.essaim.ui.editor.ProtocolPartitions;

/** Plugs the Xtext-driven services of the protocol language into the text viewer of {@link ProtocolEditor}. */
final class ProtocolViewerConfiguration extends TextSourceViewerConfiguration {

	/** Pause after the last key press before the protocol is analysed again. */
	static final int ANALYSIS_DELAY_MS = 300;

	private final ProtocolEditor editor;

	ProtocolViewerConfiguration(ProtocolEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return ProtocolPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return new String[] { IDocument.DEFAULT_CONTENT_TYPE, ProtocolPartitions.COMMENT, ProtocolPartitions.STRING };
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return new CoopPresentationReconciler();
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ProtocolReconcilingStrategy(editor), false);
		reconciler.setDelay(ANALYSIS_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		// Asynchronous: proposals are computed off the UI thread, so a long protocol never freezes the window.
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(ProtocolPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new ProtocolCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(EssaimPreferences.get(EssaimPreferences.AUTO_COMPLETION));
		assistant.setAutoActivationDelay(250);
		assistant.enableAutoInsert(false);
		assistant.setShowEmptyList(false);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ProtocolHover(editor);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		return new IHyperlinkDetector[] { new ProtocolHyperlinkDetector(editor), new URLHyperlinkDetector() };
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ProtocolQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
		return (Shell parent) -> new DefaultInformationControl(parent, false);
	}
}
