/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.essaim.protocol.ide.CoopSemanticHighlighting;

/**
 * Puts the names' colours (actors, phases, methods, places) over the lexical colouring. The ranges computed
 * off the UI thread become document positions, which the document keeps in place while the user types
 * until the next analysis replaces them; only the visible part of the text is repainted.
 */
final class SemanticHighlighter implements ITextPresentationListener, IViewportListener {

	private static final String CATEGORY = "org.essaim.ui.protocol.semantic";

	/** Characters repainted at least after a new analysis (a large screen of text). */
	private static final int SCREENFUL = 32 * 1024;

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	private Map<String, StyleRange> styles;
	/** The part of the text (model offsets) painted with the current ranges. */
	private int paintedStart;
	private int paintedEnd;

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((TextViewer) viewer).addTextPresentationListener(this);
		viewer.addViewportListener(this);
		viewer.getTextWidget().addListener(SWT.Resize, event -> repaintVisible());
	}

	/** Replaces the coloured names; call on the UI thread with ranges computed for the current text. */
	void update(List<SemanticRange> ranges) {
		IDocument current = viewer.getDocument();
		if (current == null) {
			return;
		}
		if (current != document) {
			uninstall();
			document = current;
			document.addPositionUpdater(updater);
		}
		try {
			if (document.containsPositionCategory(CATEGORY)) {
				document.removePositionCategory(CATEGORY);
			}
			document.addPositionCategory(CATEGORY);
			for (SemanticRange range : ranges) {
				document.addPosition(CATEGORY, new StyledPosition(range.offset(), range.length(), range.style()));
			}
		} catch (BadLocationException | BadPositionCategoryException stale) {
			return; // the text changed meanwhile: the next analysis brings fresh ranges
		}
		paintedStart = 0;
		paintedEnd = 0;
		repaintVisible();
	}

	/**
	 * Repaints the visible lines with the new colours, and the lines that scrolling brings into view later: the
	 * widget keeps its styles for the whole text, so lines out of view would otherwise keep the old ones. Just
	 * after opening, the editor may not be laid out yet (no visible lines): a large screenful is painted then.
	 */
	private void repaintVisible() {
		StyledText text = viewer.getTextWidget();
		if (text == null || text.isDisposed() || document == null) {
			return;
		}
		int length = document.getLength();
		int top = viewer.getTopIndexStartOffset();
		int bottom = viewer.getBottomIndexEndOffset();
		int start = length <= SCREENFUL ? 0 : top;
		int end = length <= SCREENFUL ? length : Math.min(length, bottom > top ? bottom : top + SCREENFUL);
		if (start >= paintedStart && end <= paintedEnd) {
			return;
		}
		((TextViewer) viewer).invalidateTextPresentation(start, Math.max(0, end - start));
		if (end >= paintedStart && start <= paintedEnd && paintedEnd > paintedStart) {
			paintedStart = Math.min(start, paintedStart);
			paintedEnd = Math.max(end, paintedEnd);
		} else {
			paintedStart = start;
			paintedEnd = end;
		}
	}

	@Override
	public void viewportChanged(int verticalOffset) {
		repaintVisible();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null || !document.containsPositionCategory(CATEGORY)) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		try {
			Position[] positions = document.getPositions(CATEGORY);
			int first = firstEndingAfter(positions, extent.getOffset());
			for (int i = first; i < positions.length && positions[i].getOffset() < end; i++) {
				Position position = positions[i];
				if (!position.isDeleted() && position.getLength() > 0 && position instanceof StyledPosition styled) {
					StyleRange style = styleOf(styled.style);
					if (style != null) {
						StyleRange range = (StyleRange) style.clone();
						range.start = position.getOffset();
						range.length = position.getLength();
						presentation.replaceStyleRange(range);
					}
				}
			}
		} catch (BadPositionCategoryException stale) {
			// removed meanwhile: nothing to paint
		}
	}

	private static int firstEndingAfter(Position[] positions, int offset) {
		int low = 0;
		int high = positions.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (positions[middle].getOffset() + positions[middle].getLength() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private StyleRange styleOf(String style) {
		if (styles == null) {
			styles = palette(isDark(viewer.getTextWidget().getBackground()));
		}
		return styles.get(style);
	}

	/** Colours readable on the editor's background, light or dark (dark theme). */
	private static Map<String, StyleRange> palette(boolean dark) {
		return Map.of(
				CoopSemanticHighlighting.ACTOR, style(dark ? new RGB(120, 180, 255) : new RGB(0, 70, 160), SWT.BOLD),
				CoopSemanticHighlighting.PHASE, style(dark ? new RGB(255, 170, 90) : new RGB(170, 70, 0), SWT.NORMAL),
				CoopSemanticHighlighting.METHOD, style(dark ? new RGB(210, 150, 255) : new RGB(110, 20, 160), SWT.ITALIC),
				CoopSemanticHighlighting.PLACE, style(dark ? new RGB(110, 220, 140) : new RGB(0, 120, 60), SWT.NORMAL));
	}

	private static StyleRange style(RGB rgb, int fontStyle) {
		return new StyleRange(0, 0, new Color(rgb), null, fontStyle);
	}

	static boolean isDark(Color background) {
		RGB rgb = background.getRGB();
		return 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 128;
	}

	void uninstall() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				if (document.containsPositionCategory(CATEGORY)) {
					document.removePositionCategory(CATEGORY);
				}
			} catch (BadPositionCategoryException ignored) {
				// already gone
			}
			document = null;
		}
	}

	void dispose() {
		((TextViewer) viewer).removeTextPresentationListener(this);
		viewer.removeViewportListener(this);
		uninstall();
	}

	/** A position remembering which colour it gets. */
	private static final class StyledPosition extends Position {
		final String style;

		StyledPosition(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}

		@Override
		public boolean equals(Object other) {
			return super.equals(other) && other instanceof StyledPosition styled && style.equals(styled.style);
		}

		@Override
		public int hashCode() {
			return super.hashCode() * 31 + style.hashCode();
		}
	}
}
