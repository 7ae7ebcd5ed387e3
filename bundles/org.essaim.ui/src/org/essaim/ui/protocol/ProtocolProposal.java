/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One completion proposal; it stays in the list while the user keeps typing a prefix of it. */
final class ProtocolProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final String replacement;
	private final int offset;
	private final int length;
	private final String label;
	private final String detail;
	private final String documentation;
	private int cursor;

	ProtocolProposal(String replacement, int offset, int length, String label, String detail, String documentation) {
		this.replacement = replacement;
		this.offset = offset;
		this.length = length;
		this.label = label;
		this.detail = detail;
		this.documentation = documentation;
		this.cursor = offset + replacement.length();
	}

	String replacement() {
		return replacement;
	}

	@Override
	public void apply(IDocument document) {
		apply(document, offset + length);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		apply(viewer.getDocument(), caret);
	}

	private void apply(IDocument document, int caret) {
		try {
			// What the user typed after the list opened is part of the word being replaced.
			int end = Math.max(offset + length, caret);
			document.replace(offset, end - offset, replacement);
			cursor = offset + replacement.length();
		} catch (BadLocationException stale) {
			// the text moved under the proposal: nothing sensible to insert
		}
	}

	@Override
	public boolean validate(IDocument document, int caret, DocumentEvent event) {
		if (caret < offset) {
			return false;
		}
		try {
			String typed = document.get(offset, caret - offset).toLowerCase(Locale.ROOT);
			return replacement.toLowerCase(Locale.ROOT).startsWith(typed) || label.toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// no preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// no preview
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(cursor, 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return documentation;
	}

	@Override
	public String getDisplayString() {
		String kind = kindLabel(detail);
		return kind == null || detail.equals(label) ? label : label + " — " + kind;
	}

	/** The kind of element the services name by its model class ("Actor"), in the user's words. */
	static String kindLabel(String detail) {
		if (detail == null || detail.isBlank()) {
			return null;
		}
		return switch (detail) {
		case "Actor" -> Messages.kind_actor;
		case "Group" -> Messages.kind_group;
		case "Phase" -> Messages.kind_phase;
		case "Method" -> Messages.kind_method;
		case "Place" -> Messages.kind_place;
		case "Protocol" -> Messages.kind_protocol;
		case "Residence" -> Messages.kind_residence;
		case "Prototype" -> Messages.kind_prototype;
		case "Funding" -> Messages.kind_funding;
		default -> detail;
		};
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
