/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/**
 * Lexical coloring of protocol files (.coop): the grammar's keywords, comments, strings and numbers. The
 * semantic coloring driven by the Xtext services comes with the protocol editor proper.
 */
public final class CoopPresentationReconciler extends PresentationReconciler {

	public CoopPresentationReconciler() {
		this(ProtocolKeywords.get());
	}

	CoopPresentationReconciler(Set<String> keywords) {
		WordRule words = new WordRule(new IdentifierDetector(), Token.UNDEFINED);
		keywords.forEach(keyword -> words.addWord(keyword, SyntaxColors.KEYWORD));
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] {
				new EndOfLineRule("//", SyntaxColors.COMMENT),
				new MultiLineRule("/*", "*/", SyntaxColors.COMMENT, (char) 0, true),
				new MultiLineRule("\"", "\"", SyntaxColors.STRING, '\\', true),
				new MultiLineRule("'", "'", SyntaxColors.STRING, '\\', true),
				words,
				new NumberRule(SyntaxColors.NUMBER) });
		WholeDocumentDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(scanner);
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** Words as the protocol language writes them: letters (accented too), digits, '_' and the hyphens of keywords. */
	private static final class IdentifierDetector implements IWordDetector {

		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
