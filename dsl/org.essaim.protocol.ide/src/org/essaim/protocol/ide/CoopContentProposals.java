/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Keyword proposals without the words that the grammar accepts as names (rule ValidID): where a name is expected,
 * the user wants the declared names, not the ninety words of the language.
 */
public class CoopContentProposals extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		return super.filterKeyword(keyword, context) && (rule == null || !"ValidID".equals(rule.getName()));
	}
}
