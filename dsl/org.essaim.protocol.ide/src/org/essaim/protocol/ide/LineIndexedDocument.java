/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;

/**
 * A document that converts offsets and positions through an index of line starts (binary search) instead of
 * scanning the text from its start each time: completion converts one position per proposal, and on a
 * protocol of a megabyte the scans cost more than the rest of completion together.
 */
final class LineIndexedDocument extends Document {

	private final int[] lineStarts;

	LineIndexedDocument(Document document) {
		super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
		String text = document.getContents();
		int[] starts = new int[64];
		int lines = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (lines == starts.length) {
					starts = Arrays.copyOf(starts, lines * 2);
				}
				starts[lines++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, lines);
	}

	@Override
	public Position getPosition(int offset) {
		if (offset < 0 || offset > getContents().length()) {
			return super.getPosition(offset); // the base class reports the error
		}
		int line = Arrays.binarySearch(lineStarts, offset);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, offset - lineStarts[line]);
	}

	@Override
	public int getOffSet(Position position) {
		int line = position.getLine();
		if (line < 0 || line >= lineStarts.length) {
			return super.getOffSet(position);
		}
		int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : getContents().length();
		int offset = lineStarts[line] + position.getCharacter();
		return offset <= lineEnd ? offset : super.getOffSet(position);
	}
}
