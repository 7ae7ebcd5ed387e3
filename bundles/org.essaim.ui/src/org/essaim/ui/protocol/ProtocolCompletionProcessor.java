/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessorExtension;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Completion (Ctrl+Space, and on its own after three letters of a word) from the language's content assist
 * service: the keywords that fit, the names declared in the protocol and its library, the kinds of an enum.
 */
final class ProtocolCompletionProcessor implements IContentAssistProcessorExtension {

	/** Letters typed in a row before completion opens by itself. */
	static final int AUTO_ACTIVATION_LETTERS = 3;

	private final ProtocolEditor editor;

	ProtocolCompletionProcessor(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		ProtocolModel model = editor.model();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		return model.read(text, parsed -> proposals(parsed, text, offset)).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at {@code offset} of {@code text}, as the language server would send them. */
	static List<ICompletionProposal> proposals(ProtocolModel.Parsed parsed, String text, int offset) {
		LineIndex lines = new LineIndex(text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.model().uri().toString()),
				lines.position(offset));
		CompletionList list = CoopServices.injector().getInstance(ContentAssistService.class)
				.createCompletionList(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			Either<TextEdit, InsertReplaceEdit> edit = item.getTextEdit();
			String newText = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
			int[] region = { offset, 0 };
			if (edit != null) {
				Range range = edit.isLeft() ? edit.getLeft().getRange() : edit.getRight().getInsert();
				newText = edit.isLeft() ? edit.getLeft().getNewText() : edit.getRight().getNewText();
				region = lines.region(range);
			}
			proposals.add(new ProtocolProposal(newText, region[0], region[1], item.getLabel(), item.getDetail(),
					documentationOf(item)));
		}
		return proposals;
	}

	private static String documentationOf(CompletionItem item) {
		Either<String, MarkupContent> documentation = item.getDocumentation();
		if (documentation == null) {
			return null;
		}
		return documentation.isLeft() ? documentation.getLeft() : documentation.getRight().getValue();
	}

	@Override
	public boolean isCompletionProposalAutoActivation(char c, ITextViewer viewer, int offset) {
		if (!Character.isLetter(c)) {
			return false;
		}
		IDocument document = viewer.getDocument();
		try {
			// offset is where c was typed; the letters before it complete the run.
			int letters = 1;
			for (int i = offset - 1; i >= 0 && letters < AUTO_ACTIVATION_LETTERS; i--) {
				char before = document.getChar(i);
				if (!Character.isLetterOrDigit(before) && before != '_') {
					break;
				}
				letters++;
			}
			boolean afterWord = offset - AUTO_ACTIVATION_LETTERS >= 0
					&& Character.isLetterOrDigit(document.getChar(offset - AUTO_ACTIVATION_LETTERS));
			return letters == AUTO_ACTIVATION_LETTERS && !afterWord;
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public boolean isContextInformationAutoActivation(char c, ITextViewer viewer, int offset) {
		return false;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
