/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.essaim.protocol.analysis.Levenshtein;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.validation.CoopValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Fixes offered for the common mistakes: a misspelt name, a phase without participants, a name given twice, a cycle. */
public class CoopQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	private static final int MAX_SUGGESTIONS = 3;
	private static final String LINKING = org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC;

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/**
	 * A name that refers to nothing: one fix per declared name spelt closest to it, each titled with that name
	 * (computed here because titles are fixed before a fix is applied).
	 */
	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		if (!LINKING.equals(diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft())) {
			return super.getResolutions(options, diagnostic);
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (String name : closestNames(diagnostic, options.getResource(), options.getDocument())) {
			acceptor.accept(Messages.format("fix.rename", name),
					(Diagnostic d, EObject object, Document document) -> List.of(new TextEdit(d.getRange(), name)));
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return LINKING.equals(diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft()) || super.handlesDiagnostic(diagnostic);
	}

	@QuickFix(CoopValidator.PHASE_WITHOUT_PARTICIPANT)
	public void addParticipants(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.format("fix.addParticipants"), (Diagnostic diagnostic, EObject object, Document document) -> {
			Phase phase = EcoreUtil2.getContainerOfType(object, Phase.class);
			Protocol protocol = EcoreUtil2.getContainerOfType(object, Protocol.class);
			if (phase == null || protocol == null || protocol.getActors().isEmpty()) {
				return List.of();
			}
			return List.of(insertAfterOpeningBrace(phase, document, "participants " + protocol.getActors().get(0).getName()));
		});
	}

	@QuickFix(CoopValidator.DUPLICATE_NAME)
	public void renameDuplicate(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.format("fix.renameDuplicate"), (Diagnostic diagnostic, EObject object, Document document) -> {
			String name = document.getSubstring(diagnostic.getRange());
			Protocol protocol = EcoreUtil2.getContainerOfType(object, Protocol.class);
			int suffix = 2;
			while (protocol != null && declaredNames(protocol).contains(name + "_" + suffix)) {
				suffix++;
			}
			return List.of(new TextEdit(diagnostic.getRange(), name + "_" + suffix));
		});
	}

	/** Breaks a cycle by removing the "après" clause of the phase it is reported on. */
	@QuickFix(CoopValidator.PHASE_ORDER_CYCLE)
	public void removeOrder(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.format("fix.removeAfter"), (Diagnostic diagnostic, EObject object, Document document) -> {
			Phase phase = EcoreUtil2.getContainerOfType(object, Phase.class);
			if (phase == null) {
				return List.of();
			}
			ILeafNode keyword = null;
			for (ILeafNode leaf : NodeModelUtils.getNode(phase).getLeafNodes()) {
				if (!leaf.isHidden() && ("après".equals(leaf.getText()) || "apres".equals(leaf.getText()))) {
					keyword = leaf;
				}
			}
			int end = NodeModelUtils.findNodesForFeature(phase, org.essaim.protocol.coop.CoopPackage.Literals.PHASE__AFTER).stream()
					.mapToInt(node -> node.getEndOffset()).max().orElse(-1);
			if (keyword == null || end < 0) {
				return List.of();
			}
			return List.of(new TextEdit(new Range(document.getPosition(keyword.getOffset()), document.getPosition(end)), ""));
		});
	}

	private static TextEdit insertAfterOpeningBrace(EObject element, Document document, String clause) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if ("{".equals(leaf.getText())) {
				Position position = document.getPosition(leaf.getEndOffset());
				String indent = indentOf(document, node.getOffset()) + "\t";
				return new TextEdit(new Range(position, position), "\n" + indent + clause);
			}
		}
		Position end = document.getPosition(node.getEndOffset());
		return new TextEdit(new Range(end, end), " " + clause);
	}

	private static String indentOf(Document document, int offset) {
		String text = document.getContents();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	/** Names declared in the file for the type the broken reference expects, closest spelling first. */
	private static List<String> closestNames(Diagnostic diagnostic, Resource resource, Document document) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		String written = document.getSubstring(diagnostic.getRange());
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(xtext.getParseResult().getRootNode(), offset);
		EObject root = resource.getContents().get(0);
		CrossReference reference = crossReferenceAround(leaf);
		if (reference == null) {
			return List.of();
		}
		EClass expected = (EClass) reference.getType().getClassifier();
		int tolerance = Levenshtein.tolerance(written, 2);
		return declaredElements(root).stream()
				.filter(candidate -> expected.isSuperTypeOf(candidate.eClass()))
				.map(CoopQuickfixes::nameOf).filter(Objects::nonNull)
				.filter(name -> Levenshtein.distance(name, written) <= tolerance)
				.sorted(Comparator.comparingInt((String name) -> Levenshtein.distance(name, written)).thenComparing(name -> name))
				.distinct().limit(MAX_SUGGESTIONS).toList();
	}

	/** The cross-reference a name belongs to: the leaf is a token of a qualified name, the reference is above it. */
	private static CrossReference crossReferenceAround(INode leaf) {
		for (INode node = leaf; node != null; node = node.getParent()) {
			CrossReference reference = GrammarUtil.containingCrossReference(node.getGrammarElement());
			if (reference != null) {
				return reference;
			}
		}
		return null;
	}

	private static List<EObject> declaredElements(EObject root) {
		return EcoreUtil2.eAllContentsAsList(root).stream().filter(e -> nameOf(e) != null).toList();
	}

	private static List<String> declaredNames(Protocol protocol) {
		return declaredElements(protocol).stream().map(CoopQuickfixes::nameOf).toList();
	}

	private static String nameOf(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		return feature != null && element.eGet(feature) instanceof String name ? name : null;
	}

}
