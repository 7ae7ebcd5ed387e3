/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between offsets and LSP line/character positions of one text through an index of line starts:
 * the Xtext services speak in positions, the editor in offsets, and scanning a megabyte per conversion
 * (what the LSP document does) would make an outline of thousands of elements take seconds.
 */
final class LineIndex {

	private final int length;
	private final int[] lineStarts;

	LineIndex(String text) {
		length = text.length();
		int[] starts = new int[256];
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (lines == starts.length) {
					starts = Arrays.copyOf(starts, lines * 2);
				}
				starts[lines++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, lines);
	}

	Position position(int offset) {
		int clamped = Math.max(0, Math.min(offset, length));
		int line = Arrays.binarySearch(lineStarts, clamped);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, clamped - lineStarts[line]);
	}

	int offset(Position position) {
		int line = Math.max(0, Math.min(position.getLine(), lineStarts.length - 1));
		int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : length;
		return Math.min(lineStarts[line] + position.getCharacter(), lineEnd);
	}

	/** Start offset and length of {@code range}. */
	int[] region(Range range) {
		int start = offset(range.getStart());
		return new int[] { start, Math.max(0, offset(range.getEnd()) - start) };
	}

	/** Zero-based line of {@code offset}. */
	int line(int offset) {
		return position(offset).getLine();
	}
}
