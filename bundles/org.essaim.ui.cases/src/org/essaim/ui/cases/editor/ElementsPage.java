/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.forms.IManagedForm;
import org.essaim.model.CaseProblem;

/**
 * A master/details page for one list of the case (actors, phases, fundings, sources…): the list on the
 * left with Add and Remove, the fields of the selected element on the right.
 */
public final class ElementsPage extends CasePage {

	private final EReference reference;
	private final String description;
	private ElementsBlock block;

	ElementsPage(CaseEditor editor, EReference reference, String title, String description) {
		super(editor, "org.essaim.ui.cases." + reference.getName(), title);
		this.reference = reference;
		this.description = description;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		managedForm.getForm().setText(getTitle());
		block = new ElementsBlock(this, reference, description);
		block.createContent(managedForm);
		built();
	}

	/** The elements of the list, in the file's order. */
	@SuppressWarnings("unchecked")
	List<EObject> elements() {
		return (List<EObject>) model().caseStudy().eGet(reference);
	}

	/** Adds a new element of the list's class and selects it. */
	EObject addElement() {
		commit();
		EObject element = EcoreUtil.create(reference.getEReferenceType());
		model().add(model().caseStudy(), reference, element);
		select(element);
		return element;
	}

	/** Removes the selected elements. */
	void removeSelected() {
		commit();
		IStructuredSelection selection = block.selection();
		for (Object element : selection.toList()) {
			model().remove(model().caseStudy(), reference, (EObject) element);
		}
	}

	/** Selects an element in the list, which shows its details. */
	public void select(EObject element) {
		if (block != null) {
			block.select(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
		}
	}

	@Override
	public void refresh() {
		if (isBuilt()) {
			block.refresh();
		}
	}

	@Override
	public void commit() {
		if (isBuilt() && block.details() != null) {
			block.details().commit();
		}
	}

	@Override
	protected void decorate(List<CaseProblem> found) {
		if (block.details() != null) {
			block.details().showProblems(found);
		}
		block.markElements(found);
	}

	List<CaseProblem> currentProblems() {
		return problems();
	}

	/** The fields of the details part, bound to the selected element (tests). */
	public FieldGroup details() {
		return block.details();
	}

	public EReference reference() {
		return reference;
	}
}
