/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/** Ctrl+1 on a problem: the language's quick fixes (a misspelt name, a phase without participants, a duplicate, a cycle). */
final class ProtocolQuickAssistProcessor implements IQuickAssistProcessor {

	private static final long UI_WAIT_MS = 2000;

	private final ProtocolEditor editor;

	ProtocolQuickAssistProcessor(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ProtocolModel model = editor.model();
		if (model == null) {
			return null;
		}
		String text = context.getSourceViewer().getDocument().get();
		int offset = context.getOffset();
		return model.tryRead(text, UI_WAIT_MS, parsed -> fixes(parsed, text, offset))
				.map(fixes -> fixes.toArray(ICompletionProposal[]::new)).orElse(null);
	}

	/** The fixes of the issues of {@code text} that touch {@code offset}'s line. */
	static List<ICompletionProposal> fixes(ProtocolModel.Parsed parsed, String text, int offset) {
		LineIndex lines = new LineIndex(text);
		List<Issue> issues = parsed.model().issuesOf(text).orElseGet(() -> parsed.resource().getResourceServiceProvider()
				.getResourceValidator().validate(parsed.resource(), org.eclipse.xtext.validation.CheckMode.ALL, CancelIndicator.NullImpl));
		int line = lines.line(offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null || lines.line(issue.getOffset()) != line) {
				continue;
			}
			Diagnostic diagnostic = toDiagnostic(issue, lines);
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(parsed.document());
			options.setResource(parsed.resource());
			options.setURI(parsed.model().uri().toString());
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setLanguageServerAccess(new LocalServerAccess(parsed));
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(parsed.model().uri().toString()),
					diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
			for (Either<Command, CodeAction> action : CoopServices.injector().getInstance(ICodeActionService2.class).getCodeActions(options)) {
				if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
					List<TextEdit> edits = action.getRight().getEdit().getChanges().values().stream().flatMap(List::stream).toList();
					proposals.add(new Fix(action.getRight().getTitle(), edits, lines));
				}
			}
		}
		return proposals;
	}

	private static Diagnostic toDiagnostic(Issue issue, LineIndex lines) {
		int start = issue.getOffset();
		int end = start + (issue.getLength() == null ? 0 : issue.getLength());
		Diagnostic diagnostic = new Diagnostic(new Range(lines.position(start), lines.position(end)), issue.getMessage());
		diagnostic.setSeverity(issue.getSeverity() == Severity.ERROR ? DiagnosticSeverity.Error
				: issue.getSeverity() == Severity.WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
		if (issue.getCode() != null) {
			diagnostic.setCode(issue.getCode());
		}
		if (issue.getData() != null) {
			diagnostic.setData(issue.getData());
		}
		return diagnostic;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** One quick fix: its edits, applied together. */
	private record Fix(String getDisplayString, List<TextEdit> edits, LineIndex lines) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			ProtocolActions.apply(document, lines, edits, null);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
