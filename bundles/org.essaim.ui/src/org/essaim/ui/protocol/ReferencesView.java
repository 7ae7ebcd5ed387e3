/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.essaim.ui.EssaimUiPlugin;

/** Lists the references found from a protocol editor; a double click opens each one. */
public final class ReferencesView extends ViewPart {

	/** View id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.views.references";

	private TableViewer viewer;
	private ProtocolEditor source;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		column(Messages.references_title, 220, target -> target.file().getFileName() + ":" + target.line());
		column("", 600, Navigation.Target::lineText);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Navigation.Target target && source != null) {
				ProtocolActions.reveal(source, target);
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<Navigation.Target, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Navigation.Target) element);
			}
		});
	}

	/** The references listed now (for tests and the status line). */
	int count() {
		return viewer.getTable().getItemCount();
	}

	static void show(ProtocolEditor editor, String name, List<Navigation.Target> targets) {
		try {
			ReferencesView view = (ReferencesView) editor.getSite().getPage().showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.source = editor;
			view.viewer.setInput(targets);
			view.setContentDescription(targets.isEmpty() ? NLS.bind(Messages.references_none, name)
					: NLS.bind(Messages.references_count, targets.size(), name));
		} catch (PartInitException e) {
			EssaimUiPlugin.logError("Cannot show the references", e);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
