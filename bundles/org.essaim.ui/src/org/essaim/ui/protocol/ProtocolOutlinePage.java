/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a protocol: its actors, phases, methods, places... as the document symbol service lists them. */
final class ProtocolOutlinePage extends ContentOutlinePage {

	private final ProtocolEditor editor;
	private ProtocolReconcilingStrategy.Analysis analysis;
	private List<Node> roots = List.of();

	ProtocolOutlinePage(ProtocolEditor editor) {
		this.editor = editor;
	}

	/**
	 * One line of the outline. It is equal to the same element of the next analysis (same path of kinds and
	 * names), cheaply: LSP symbols compare their whole subtree, which on thousands of phases made each refresh slow.
	 */
	private record Node(String key, DocumentSymbol symbol, List<Node> children) {

		static List<Node> of(List<DocumentSymbol> symbols, String parentKey) {
			List<Node> nodes = new ArrayList<>(symbols == null ? 0 : symbols.size());
			if (symbols != null) {
				for (DocumentSymbol symbol : symbols) {
					String key = parentKey + "/" + symbol.getKind() + ":" + symbol.getName();
					nodes.add(new Node(key, symbol, of(symbol.getChildren(), key)));
				}
			}
			return nodes;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Node node && key.equals(node.key);
		}

		@Override
		public int hashCode() {
			return key.hashCode();
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new NodeContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				// Names are qualified by the protocol ("territoire_camp.appel"): the tree already says whose they are.
				String name = ((Node) element).symbol().getName();
				String shortName = name.substring(name.lastIndexOf('.') + 1);
				String kind = ProtocolProposal.kindLabel(((Node) element).symbol().getDetail());
				return kind == null ? shortName : shortName + " (" + kind + ")";
			}
		});
		viewer.setAutoExpandLevel(2);
		viewer.setInput(roots);
	}

	/** The outline's tree, once created. */
	Tree tree() {
		return getTreeViewer() == null ? null : getTreeViewer().getTree();
	}

	/** Shows the symbols of a new analysis (UI thread). */
	void update(ProtocolReconcilingStrategy.Analysis newAnalysis) {
		analysis = newAnalysis;
		roots = Node.of(newAnalysis.symbols(), "");
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			Object[] expanded = viewer.getExpandedElements();
			viewer.getControl().setRedraw(false);
			try {
				viewer.setInput(roots);
				if (expanded.length > 0) {
					viewer.setExpandedElements(expanded);
				}
			} finally {
				viewer.getControl().setRedraw(true);
			}
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (selected instanceof Node node && analysis != null) {
			int[] region = analysis.lines().region(node.symbol().getSelectionRange());
			editor.selectAndReveal(region[0], region[1]);
		}
	}

	/** The node tree. */
	private static final class NodeContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Node) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Node) element).children().isEmpty();
		}
	}
}
