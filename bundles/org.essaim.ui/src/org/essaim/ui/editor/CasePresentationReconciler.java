/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;

/** Colors case-study files (EMF XMI): tags, attribute values and comments. */
public final class CasePresentationReconciler extends PresentationReconciler {

	public CasePresentationReconciler() {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] {
				new MultiLineRule("<!--", "-->", SyntaxColors.COMMENT),
				new MultiLineRule("<?", "?>", SyntaxColors.TAG),
				new SingleLineRule("\"", "\"", SyntaxColors.STRING, '\\'),
				new XmlNameRule(SyntaxColors.TAG, SyntaxColors.ATTRIBUTE) });
		WholeDocumentDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(scanner);
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
