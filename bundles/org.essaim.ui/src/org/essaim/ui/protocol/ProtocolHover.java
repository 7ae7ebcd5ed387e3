/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/** The documentation comment ({@code /** ... *}{@code /}) of the element under the mouse, from the language's hover service. */
final class ProtocolHover implements ITextHover {

	private final ProtocolEditor editor;

	ProtocolHover(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		ProtocolModel model = editor.model();
		if (model == null) {
			return null;
		}
		String text = viewer.getDocument().get();
		// Hovers are computed off the UI thread: waiting for an analysis under way is fine here.
		return model.read(text, parsed -> hoverText(parsed, text, region.getOffset()));
	}

	/** The hover text at {@code offset}, or {@code null}. */
	static String hoverText(ProtocolModel.Parsed parsed, String text, int offset) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.model().uri().toString()),
				new LineIndex(text).position(offset));
		Hover hover = CoopServices.injector().getInstance(IHoverService.class).hover(parsed.document(), parsed.resource(), params,
				CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		MarkupContent content = hover.getContents().getRight();
		String value = content.getValue();
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
