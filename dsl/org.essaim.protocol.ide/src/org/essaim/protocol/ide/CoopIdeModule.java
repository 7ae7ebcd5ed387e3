/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;

/** Guice bindings of the editor services (content assist, hover, outline...) shared by the workbench and the language server. */
public class CoopIdeModule extends AbstractCoopIdeModule {

	/** Completion lists local actors and phases once, by their short name. */
	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return CoopCrossrefProposals.class;
	}
}
