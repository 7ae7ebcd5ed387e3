/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.essaim.model.CaseProblem;

/** The master (a list with Add/Remove) and details (the selected element's fields) of an {@link ElementsPage}. */
final class ElementsBlock extends MasterDetailsBlock {

	private final ElementsPage page;
	private final EReference reference;
	private final String description;
	private TableViewer viewer;
	private SectionPart masterPart;
	private ElementDetails details;
	private Set<EObject> withErrors = new HashSet<>();
	private Set<EObject> withWarnings = new HashSet<>();

	ElementsBlock(ElementsPage page, EReference reference, String description) {
		this.page = page;
		this.reference = reference;
		this.description = description;
	}

	@Override
	protected void createMasterPart(IManagedForm managedForm, Composite parent) {
		FormToolkit toolkit = managedForm.getToolkit();
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Labels.of(reference));
		section.setDescription(description);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		masterPart = new SectionPart(section);
		managedForm.addPart(masterPart);

		viewer = new TableViewer(toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.describe((EObject) element);
			}

			@Override
			public Image getImage(Object element) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				if (withErrors.contains(element)) {
					return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
				}
				return withWarnings.contains(element) ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(240, 300).span(1, 3).applyTo(viewer.getControl());
		viewer.addSelectionChangedListener(event -> managedForm.fireSelectionChanged(masterPart, event.getSelection()));

		Button add = toolkit.createButton(client, Messages.master_add, SWT.PUSH);
		add.addListener(SWT.Selection, event -> page.addElement());
		Button remove = toolkit.createButton(client, Messages.master_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, event -> page.removeSelected());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.setEnabled(false);
		viewer.setInput(page.elements().toArray());
	}

	@Override
	protected void registerPages(DetailsPart detailsPart) {
		details = new ElementDetails(page.getEditor().model(), reference.getEReferenceType(), page::currentProblems);
		detailsPart.setPageProvider(new org.eclipse.ui.forms.IDetailsPageProvider() {
			@Override
			public Object getPageKey(Object object) {
				return reference;
			}

			@Override
			public org.eclipse.ui.forms.IDetailsPage getPage(Object key) {
				return details;
			}
		});
	}

	@Override
	protected void createToolBarActions(IManagedForm managedForm) {
		// Add and Remove are buttons beside the list.
	}

	void refresh() {
		List<EObject> elements = page.elements();
		IStructuredSelection selection = viewer.getStructuredSelection();
		viewer.setInput(elements.toArray());
		List<?> kept = selection.toList().stream().filter(elements::contains).toList();
		if (kept.size() != selection.size()) {
			select(new org.eclipse.jface.viewers.StructuredSelection(kept));
		}
		details.refresh();
	}

	void select(IStructuredSelection selection) {
		viewer.setSelection(selection, true);
		if (selection.isEmpty()) {
			details.selectionChanged(masterPart, selection);
		}
	}

	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	FieldGroup details() {
		return details.fields();
	}

	/** Marks the elements the findings are about (or that contain what they are about). */
	void markElements(List<CaseProblem> found) {
		withErrors = new HashSet<>();
		withWarnings = new HashSet<>();
		for (CaseProblem problem : found) {
			for (EObject object = problem.object(); object != null; object = object.eContainer()) {
				if (object.eContainmentFeature() == reference) {
					(problem.isError() ? withErrors : withWarnings).add(object);
				}
			}
		}
		viewer.refresh(true);
	}
}
