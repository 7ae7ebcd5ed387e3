/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Tags ({@code <name}, {@code </name}, {@code >}, {@code />}) and attribute names ({@code name=}) of an
 * XML document; everything else is left to other rules.
 */
final class XmlNameRule implements IRule {

	/** Consumes a plain word at once, instead of retrying the rules from each of its letters. */
	private static final IToken PLAIN = new Token(null);

	private final IToken tag;
	private final IToken attribute;

	XmlNameRule(IToken tag, IToken attribute) {
		this.tag = tag;
		this.attribute = attribute;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		int c = scanner.read();
		if (c == '<') {
			int length = 1;
			int next = scanner.read();
			length++;
			if (next != '/') {
				scanner.unread();
				length--;
			}
			length += readName(scanner);
			return length > 1 ? tag : unread(scanner, length);
		}
		if (c == '>') {
			return tag;
		}
		if (c == '/') {
			if (scanner.read() == '>') {
				return tag;
			}
			scanner.unread();
			scanner.unread();
			return Token.UNDEFINED;
		}
		if (isNameStart(c)) {
			readName(scanner);
			int next = scanner.read();
			scanner.unread();
			return next == '=' ? attribute : PLAIN;
		}
		scanner.unread();
		return Token.UNDEFINED;
	}

	private static int readName(ICharacterScanner scanner) {
		int count = 0;
		int c = scanner.read();
		while (c != ICharacterScanner.EOF && (isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.' || c == ':')) {
			count++;
			c = scanner.read();
		}
		scanner.unread();
		return count;
	}

	private static boolean isNameStart(int c) {
		return c != ICharacterScanner.EOF && (Character.isLetter(c) || c == '_');
	}

	private static IToken unread(ICharacterScanner scanner, int count) {
		for (int i = 0; i < count; i++) {
			scanner.unread();
		}
		return Token.UNDEFINED;
	}
}
