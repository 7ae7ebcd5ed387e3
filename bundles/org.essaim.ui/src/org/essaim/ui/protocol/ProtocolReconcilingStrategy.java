/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.essaim.ui.EssaimUiPlugin;

/**
 * Analyses the protocol on the reconciler's thread, never on the UI thread, on a copy of the text: parse,
 * link, validate (markers), names' colours and the outline. A key press cancels an analysis under way.
 */
final class ProtocolReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final ProtocolEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	ProtocolReconcilingStrategy(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		analyse();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		analyse();
	}

	@Override
	public void reconcile(IRegion partition) {
		analyse();
	}

	private void analyse() {
		ProtocolModel model = editor.model();
		if (document == null || model == null) {
			return;
		}
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		String text = document.get();
		IDocumentExtension4 stamped = (IDocumentExtension4) document;
		// The reconciler also cancels when nothing was typed (editor input set again...): only a new text makes
		// this analysis useless.
		CancelIndicator cancel = () -> monitor.isCanceled() && stamped.getModificationStamp() != stamp;
		try {
			List<Issue> issues = model.validate(text, cancel);
			if (cancel.isCanceled()) {
				return;
			}
			ProblemMarkers.replace(editor.file(), issues);
			Analysis analysis = model.read(text, parsed -> new Analysis(SemanticRange.compute(parsed, cancel),
					CoopServices.injector().getInstance(HierarchicalDocumentSymbolService.class).getSymbols(parsed.resource(), cancel),
					new LineIndex(text)));
			if (cancel.isCanceled()) {
				return;
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> editor.analysed(stamp, analysis));
		} catch (OperationCanceledError | OperationCanceledException canceled) {
			// typed meanwhile: the next analysis is on its way
		} catch (RuntimeException e) {
			if (!cancel.isCanceled()) {
				EssaimUiPlugin.logError("Cannot analyse the protocol " + model.uri(), e);
			}
		}
	}

	/** What the UI shows of one analysis. */
	record Analysis(List<SemanticRange> names, List<DocumentSymbol> symbols, LineIndex lines) {
	}
}
