/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.essaim.model.CaseProblem;

/** The fields of the element selected in a master list, built from its class. */
final class ElementDetails extends AbstractFormPart implements IDetailsPage {

	private final CaseModel model;
	private final EClass eClass;
	private final Supplier<List<CaseProblem>> problems;
	private FieldGroup fields;

	ElementDetails(CaseModel model, EClass eClass, Supplier<List<CaseProblem>> problems) {
		this.model = model;
		this.eClass = eClass;
		this.problems = problems;
	}

	@Override
	public void createContents(Composite parent) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.bind(Messages.details_title, Labels.of(eClass)));
		section.setDescription(Messages.details_help);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		fields = new FieldGroup(model, toolkit);
		fields.addAll(client, eClass);
		fields.setOwner(null);
	}

	@Override
	public void selectionChanged(IFormPart part, ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured && structured.size() == 1 ? structured.getFirstElement() : null;
		fields.setOwner(first instanceof EObject element ? element : null);
		fields.showProblems(problems.get());
	}

	@Override
	public void refresh() {
		if (fields != null) {
			fields.refresh();
		}
		super.refresh();
	}

	FieldGroup fields() {
		return fields;
	}
}
