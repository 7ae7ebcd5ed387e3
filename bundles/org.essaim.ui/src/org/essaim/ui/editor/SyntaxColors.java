/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The few text styles of Essaim's editors (close to the Eclipse defaults users know). */
final class SyntaxColors {

	static final IToken KEYWORD = token(new Color(127, 0, 85), SWT.BOLD);
	static final IToken COMMENT = token(new Color(63, 127, 95), SWT.ITALIC);
	static final IToken STRING = token(new Color(42, 0, 255), SWT.NORMAL);
	static final IToken NUMBER = token(new Color(125, 80, 0), SWT.NORMAL);
	static final IToken TAG = token(new Color(63, 127, 127), SWT.NORMAL);
	static final IToken ATTRIBUTE = token(new Color(127, 0, 127), SWT.NORMAL);

	/** Variants readable on a dark background (dark theme). */
	static final IToken DARK_KEYWORD = token(new Color(230, 120, 190), SWT.BOLD);
	static final IToken DARK_COMMENT = token(new Color(120, 175, 130), SWT.ITALIC);
	static final IToken DARK_STRING = token(new Color(140, 170, 255), SWT.NORMAL);
	static final IToken DARK_NUMBER = token(new Color(220, 180, 110), SWT.NORMAL);

	private SyntaxColors() {
	}

	private static IToken token(Color color, int style) {
		return new Token(new TextAttribute(color, null, style));
	}
}
