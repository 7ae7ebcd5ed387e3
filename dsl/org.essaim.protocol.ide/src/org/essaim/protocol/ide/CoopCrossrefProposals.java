/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Proposes the actors and phases of the edited protocol by their name alone: their long form
 * ("protocole.nom"), which the workspace index also holds, would only double the list.
 */
public class CoopCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
		URI edited = context.getResource().getURI();
		List<IEObjectDescription> proposals = new ArrayList<>();
		for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
			boolean longFormOfLocalElement = candidate.getName().getSegmentCount() > 1
					&& edited.equals(candidate.getEObjectURI().trimFragment());
			if (!longFormOfLocalElement) {
				proposals.add(candidate);
			}
		}
		return proposals;
	}
}
