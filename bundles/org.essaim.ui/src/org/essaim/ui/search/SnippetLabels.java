/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.essaim.index.SearchHit;

/** Shows a hit's snippet on one line, the words the index marked with {@code **} in bold. */
final class SnippetLabels extends StyledCellLabelProvider {

	private static final String MARK = "**";

	@Override
	public void update(ViewerCell cell) {
		Styled styled = parse(((SearchHit) cell.getElement()).snippet());
		cell.setText(styled.text());
		cell.setStyleRanges(styled.bold().toArray(StyleRange[]::new));
		super.update(cell);
	}

	/** Text without the marks, and the ranges that were between them. */
	record Styled(String text, List<StyleRange> bold) {
	}

	static Styled parse(String snippet) {
		String flat = snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip();
		StringBuilder text = new StringBuilder(flat.length());
		List<StyleRange> bold = new ArrayList<>();
		int position = 0;
		while (position < flat.length()) {
			int open = flat.indexOf(MARK, position);
			int close = open < 0 ? -1 : flat.indexOf(MARK, open + MARK.length());
			if (close < 0) {
				text.append(flat, position, flat.length());
				break;
			}
			text.append(flat, position, open);
			int start = text.length();
			text.append(flat, open + MARK.length(), close);
			StyleRange range = new StyleRange();
			range.start = start;
			range.length = text.length() - start;
			range.fontStyle = SWT.BOLD;
			bold.add(range);
			position = close + MARK.length();
		}
		return new Styled(text.toString(), bold);
	}
}
