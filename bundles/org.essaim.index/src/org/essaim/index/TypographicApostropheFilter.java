/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns the typographic apostrophe (’) into a straight one so that elision removes "l’" like "l'". */
final class TypographicApostropheFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	TypographicApostropheFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] buffer = term.buffer();
		for (int i = 0; i < term.length(); i++) {
			if (buffer[i] == '\u2019') {
				buffer[i] = '\'';
			}
		}
		return true;
	}
}
