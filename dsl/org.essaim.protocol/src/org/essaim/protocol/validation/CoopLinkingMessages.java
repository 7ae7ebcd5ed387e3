/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.essaim.protocol.analysis.Levenshtein;

import com.google.inject.Inject;

/**
 * "« fantome » : aucun acteur ni groupe de ce nom n'est déclaré ; vouliez-vous dire « fantôme » ?" instead of
 * Xtext's English "Couldn't resolve reference": the kind of element expected, the name, and the visible name
 * spelt closest to it when one is close enough to be a slip.
 */
public class CoopLinkingMessages extends LinkingDiagnosticMessageProvider {

	/** Names looked at for a suggestion: a protocol of 100,000 names with many broken links stays fast. */
	private static final int CANDIDATES_LOOKED_AT = 10_000;
	/** Unknown names of one file that get a suggestion; past them (a file of broken links), the message alone. */
	private static final int SUGGESTIONS_PER_FILE = 200;

	@Inject
	private IScopeProvider scopes;
	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String type = context.getReference().getEReferenceType().getName();
		String message = CoopMessages.format("unresolved" + type, context.getLinkText());
		String closest = closestVisibleName(context);
		if (closest != null) {
			message += CoopMessages.format("didYouMean", closest);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** The one visible name nearest to what was written (a tie suggests nothing rather than a guess). */
	private String closestVisibleName(ILinkingDiagnosticContext context) {
		String written = context.getLinkText();
		Resource resource = context.getContext().eResource();
		if (written == null || written.isBlank() || resource != null
				&& cache.get(CoopLinkingMessages.class, resource, AtomicInteger::new).incrementAndGet() > SUGGESTIONS_PER_FILE) {
			return null;
		}
		IScope scope;
		try {
			scope = scopes.getScope(context.getContext(), context.getReference());
		} catch (RuntimeException e) {
			return null; // a suggestion is a courtesy: a broken model must still get its message
		}
		int tolerance = Levenshtein.tolerance(written, 1);
		String best = null;
		URI bestElement = null;
		int bestDistance = tolerance + 1;
		boolean tie = false;
		int looked = 0;
		for (IEObjectDescription candidate : scope.getAllElements()) {
			if (++looked > CANDIDATES_LOOKED_AT) {
				break;
			}
			String name = candidate.getName().toString();
			// "etalab" written in another file is commun.etalab: the last segment of a qualified name counts too.
			String simple = candidate.getName().getLastSegment();
			if (name.equals(written)
					|| Math.min(Math.abs(name.length() - written.length()), Math.abs(simple.length() - written.length())) > tolerance) {
				continue;
			}
			int distance = Math.min(Levenshtein.distance(name, written), Levenshtein.distance(simple, written));
			if (distance < bestDistance) {
				best = name;
				bestElement = candidate.getEObjectURI();
				bestDistance = distance;
				tie = false;
			} else if (distance == bestDistance && candidate.getEObjectURI().equals(bestElement)) {
				best = name.length() < best.length() ? name : best; // one element under two names: the shorter
			} else if (distance == bestDistance) {
				tie = true;
			}
		}
		return tie ? null : best;
	}
}
