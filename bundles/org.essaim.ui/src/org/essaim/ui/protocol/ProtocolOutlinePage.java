/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a protocol: its actors, phases, methods, places... as the document symbol service lists them. */
final class ProtocolOutlinePage extends ContentOutlinePage {

	private final ProtocolEditor editor;
	private ProtocolReconcilingStrategy.Analysis analysis;

	ProtocolOutlinePage(ProtocolEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " : " + symbol.getDetail();
			}
		});
		viewer.setAutoExpandLevel(2);
		if (analysis != null) {
			viewer.setInput(analysis.symbols());
		}
	}

	/** The outline's tree, once created. */
	org.eclipse.swt.widgets.Tree tree() {
		return getTreeViewer() == null ? null : getTreeViewer().getTree();
	}

	/** Shows the symbols of a new analysis (UI thread). */
	void update(ProtocolReconcilingStrategy.Analysis newAnalysis) {
		analysis = newAnalysis;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			Object[] expanded = viewer.getExpandedElements();
			viewer.getControl().setRedraw(false);
			try {
				viewer.setInput(newAnalysis.symbols());
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
		if (selected instanceof DocumentSymbol symbol && analysis != null) {
			int[] region = analysis.lines().region(symbol.getSelectionRange());
			editor.selectAndReveal(region[0], region[1]);
		}
	}

	/** The symbol tree; symbols compare by name and kind, so that expanded nodes survive a new analysis. */
	private static final class SymbolContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
