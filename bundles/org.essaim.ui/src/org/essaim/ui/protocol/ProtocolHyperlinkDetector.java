/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Ctrl+click on a name goes to where it is declared, in this protocol or another of the workspace. */
final class ProtocolHyperlinkDetector extends AbstractHyperlinkDetector {

	/** The UI thread waits no longer than this for an analysis under way; the link is then simply not shown. */
	private static final long UI_WAIT_MS = 50;

	private final ProtocolEditor editor;

	ProtocolHyperlinkDetector(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		ProtocolModel model = editor.model();
		if (model == null) {
			return null;
		}
		String text = viewer.getDocument().get();
		int offset = region.getOffset();
		return model.tryReadAnalysed(text, UI_WAIT_MS, parsed -> {
			List<Navigation.Target> targets = Navigation.definitions(parsed, text, offset);
			if (targets.isEmpty()) {
				return null;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(), offset);
			IRegion word = leaf == null ? new Region(offset, 0) : new Region(leaf.getOffset(), leaf.getLength());
			Navigation.Target target = targets.get(0);
			if (target.offset() == word.getOffset() && target.file().equals(model.file())) {
				return null; // already on the declaration
			}
			return new IHyperlink[] { new DeclarationLink(editor, word, target) };
		}).orElse(null);
	}

	/** A link to a declaration. */
	private record DeclarationLink(ProtocolEditor editor, IRegion getHyperlinkRegion, Navigation.Target target) implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return Messages.action_openDeclaration.replace("&", "");
		}

		@Override
		public void open() {
			ProtocolActions.reveal(editor, target);
		}
	}
}
