/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw text of a loaded file, to turn the SAX locator's positions (the end of a start tag) into the
 * positions a reader looks for: the line where an element starts, the line of a faulty attribute.
 */
final class XmlText {

	private final byte[] bytes;
	private final String text;
	private final List<String> lines;

	XmlText(byte[] bytes) {
		this.bytes = bytes;
		// Case files are UTF-8; for positions only ASCII markup matters, so another encoding still works.
		this.text = new String(bytes, StandardCharsets.UTF_8);
		this.lines = text.lines().toList();
	}

	boolean isBlank() {
		return text.isBlank();
	}

	boolean declaresDoctype() {
		return text.contains("<!DOCTYPE");
	}

	/** The line (from 1) where the tag ending at {@code line}:{@code column} opens: '<' never occurs inside a tag. */
	int tagStartLine(int line, int column) {
		for (int index = Math.min(line, lines.size()) - 1; index >= 0; index--) {
			String content = lines.get(index);
			// The locator's column is just after the tag's '>'.
			int end = index == line - 1 ? Math.min(column - 1, content.length()) : content.length();
			if (content.lastIndexOf('<', end - 1) >= 0) {
				return index + 1;
			}
		}
		return line;
	}

	/**
	 * The position {line, column} of attribute {@code name} in the tag ending at {@code line}:{@code column},
	 * or null when the tag has no such attribute.
	 */
	int[] attributePosition(int line, int column, String name) {
		Pattern attribute = Pattern.compile("(?<![\\w:.-])" + Pattern.quote(name) + "\\s*=");
		int first = tagStartLine(line, column);
		for (int index = first - 1; index < Math.min(line, lines.size()); index++) {
			Matcher matcher = attribute.matcher(lines.get(index));
			if (matcher.find()) {
				return new int[] { index + 1, matcher.start() + 1 };
			}
		}
		return null;
	}

	/**
	 * Whether a parse error at {@code line}:{@code column} is at the very end of the text: the parser ran out
	 * of text before the document was complete, so the file was cut (a wrong end tag is reported on that tag).
	 */
	boolean endsAt(int line, int column) {
		return line > lines.size() || line == lines.size() && column > lines.get(line - 1).length();
	}

	/**
	 * The first byte that breaks UTF-8, as {line, column, byte} (line and column from 1, the column counting
	 * characters as an editor does), or null when the bytes are valid UTF-8.
	 */
	int[] firstMalformedUtf8() {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		CharBuffer output = CharBuffer.allocate(Math.max(16, bytes.length));
		CoderResult result = decoder.decode(input, output, true);
		if (!result.isError()) {
			return null;
		}
		int line = 1;
		int column = 1;
		output.flip();
		while (output.hasRemaining()) {
			char c = output.get();
			if (c == '\n') {
				line++;
				column = 1;
			} else if (!Character.isLowSurrogate(c)) {
				column++;
			}
		}
		return new int[] { line, column, bytes[input.position()] & 0xFF };
	}
}
