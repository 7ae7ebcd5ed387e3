/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

/** A name coloured by what it stands for (style: one of CoopSemanticHighlighting's LSP token types). */
record SemanticRange(int offset, int length, String style) {

	/** The names of a parsed protocol, in text order, from the language's semantic highlighting calculator. */
	static List<SemanticRange> compute(ProtocolModel.Parsed parsed, CancelIndicator cancel) {
		List<SemanticRange> ranges = new ArrayList<>();
		CoopServices.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(parsed.resource(),
				(offset, length, styles) -> {
					if (length > 0 && styles.length > 0) {
						ranges.add(new SemanticRange(offset, length, styles[0]));
					}
				}, cancel);
		ranges.sort(Comparator.comparingInt(SemanticRange::offset));
		return ranges;
	}
}
