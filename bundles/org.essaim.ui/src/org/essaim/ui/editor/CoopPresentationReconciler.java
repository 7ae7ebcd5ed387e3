/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/**
 * Lexical colouring of protocol files (.coop): the grammar's keywords, comments, strings and numbers, per
 * partition (see {@link ProtocolPartitions}) so that only the damaged lines are coloured again. The names'
 * colours (actors, phases...) come on top, from the Xtext semantic highlighting (SemanticHighlighter).
 */
public final class CoopPresentationReconciler extends PresentationReconciler {

	public CoopPresentationReconciler() {
		this(ProtocolKeywords.get(), EditorTheme.isDark());
	}

	CoopPresentationReconciler(Set<String> keywords) {
		this(keywords, false);
	}

	CoopPresentationReconciler(Set<String> keywords, boolean dark) {
		setDocumentPartitioning(ProtocolPartitions.PARTITIONING);
		WordRule words = new WordRule(new IdentifierDetector(), Token.UNDEFINED);
		IToken keyword = dark ? SyntaxColors.DARK_KEYWORD : SyntaxColors.KEYWORD;
		keywords.forEach(word -> words.addWord(word, keyword));
		RuleBasedScanner code = new RuleBasedScanner();
		code.setRules(new IRule[] { words, new NumberRule(dark ? SyntaxColors.DARK_NUMBER : SyntaxColors.NUMBER) });
		add(IDocument.DEFAULT_CONTENT_TYPE, code);
		add(ProtocolPartitions.COMMENT, whole(dark ? SyntaxColors.DARK_COMMENT : SyntaxColors.COMMENT));
		add(ProtocolPartitions.STRING, whole(dark ? SyntaxColors.DARK_STRING : SyntaxColors.STRING));
	}

	private void add(String partition, RuleBasedScanner scanner) {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
		setDamager(damagerRepairer, partition);
		setRepairer(damagerRepairer, partition);
	}

	private static RuleBasedScanner whole(IToken token) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token);
		return scanner;
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
