/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/** Guice bindings of the editor services (content assist, hover, outline...) shared by the workbench and the language server. */
public class CoopIdeModule extends AbstractCoopIdeModule {

	/** Completion lists local actors and phases once, by their short name. */
	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return CoopCrossrefProposals.class;
	}

	/** Where a name is expected, completion proposes names rather than every word of the language. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return CoopContentProposals.class;
	}

	/**
	 * Completion re-parses only the element around the cursor, not the whole text before it: constant time on
	 * a large protocol instead of time proportional to the file (the parser is generated with partial parsing).
	 */
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PartialContentAssistContextFactory.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return CoopContentAssistService.class;
	}

	/** Names are coloured by what they stand for: actors, phases, methods, places. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CoopSemanticHighlighting.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return CoopQuickfixes.class;
	}

	/** Code actions come from the quick fixes. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
