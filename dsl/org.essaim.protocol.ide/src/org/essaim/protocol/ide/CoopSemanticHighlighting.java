/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Method;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Place;

/**
 * Colours names by what they stand for, wherever they appear: actors and groups, phases, methods and places,
 * declared or referred to, so that a reader sees at a glance who does what, when, how and where.
 */
public class CoopSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	// Standard LSP semantic token types, so that every editor (VS Code, Neovim, the workbench) colours them.
	public static final String ACTOR = "class";
	public static final String PHASE = "function";
	public static final String METHOD = "macro";
	public static final String PLACE = "namespace";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		String style = styleOf(object);
		if (style != null) {
			highlightFeature(acceptor, object, nameFeature(object), style);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment()) {
				highlightReferences(object, reference, acceptor);
			}
		}
		return false;
	}

	private void highlightReferences(EObject object, EReference reference, IHighlightedPositionAcceptor acceptor) {
		String style = styleOf(reference.getEReferenceType());
		if (style == null) {
			return;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}

	private static EStructuralFeature nameFeature(EObject object) {
		return object.eClass().getEStructuralFeature("name");
	}

	private static String styleOf(EObject object) {
		if (object instanceof Actor || object instanceof Group) {
			return ACTOR;
		}
		if (object instanceof Phase) {
			return PHASE;
		}
		if (object instanceof Method) {
			return METHOD;
		}
		if (object instanceof Place) {
			return PLACE;
		}
		return null;
	}

	private static String styleOf(org.eclipse.emf.ecore.EClass type) {
		if (type == CoopPackage.Literals.PARTY || type == CoopPackage.Literals.ACTOR || type == CoopPackage.Literals.GROUP) {
			return ACTOR;
		}
		if (type == CoopPackage.Literals.PHASE) {
			return PHASE;
		}
		if (type == CoopPackage.Literals.METHOD) {
			return METHOD;
		}
		if (type == CoopPackage.Literals.PLACE) {
			return PLACE;
		}
		return null;
	}
}
