/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a source file as strict UTF-8 so that a wrongly encoded file is reported instead of silently garbled. */
final class SourceText {

	/** Far above any real protocol (the largest example is 7 KB); beyond it parsing would exhaust memory. */
	static final long MAX_BYTES = 16L << 20;

	private SourceText() {
	}

	/**
	 * The file's bytes when they are valid UTF-8.
	 *
	 * @throws SourceException naming the line of the first invalid byte
	 */
	static byte[] readUtf8(Path file) throws IOException, SourceException {
		long size = Files.size(file);
		if (size > MAX_BYTES) {
			throw new SourceException(1, 1, Messages.format(Messages.tooLarge, size >> 20, MAX_BYTES >> 20));
		}
		byte[] bytes = Files.readAllBytes(file);
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return bytes;
		} catch (CharacterCodingException e) {
			int[] position = firstInvalidPosition(bytes);
			throw new SourceException(position[0], position[1], Messages.format(Messages.notUtf8));
		}
	}

	/** Line and column (1-based) of the first byte that does not decode as UTF-8. */
	private static int[] firstInvalidPosition(byte[] bytes) {
		int line = 1;
		int column = 1;
		int i = 0;
		while (i < bytes.length) {
			int length = sequenceLength(bytes, i);
			if (length < 0) {
				return new int[] { line, column };
			}
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
			i += length;
		}
		return new int[] { line, column };
	}

	/** Length of the valid UTF-8 sequence starting at {@code i}, or -1 when it is malformed. */
	private static int sequenceLength(byte[] bytes, int i) {
		int b = bytes[i] & 0xFF;
		int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : -1;
		if (length < 0 || i + length > bytes.length) {
			return -1;
		}
		for (int k = 1; k < length; k++) {
			if ((bytes[i + k] & 0xC0) != 0x80) {
				return -1;
			}
		}
		return length;
	}

	/** A source that cannot be read as text, with the position of the defect. */
	static final class SourceException extends Exception {
		private static final long serialVersionUID = 1L;
		final int line;
		final int column;

		SourceException(int line, int column, String message) {
			super(message);
			this.line = line;
			this.column = column;
		}
	}
}
