/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.essaim.model.CaseProblem;

/**
 * One form control bound to one feature of one model element. Edits go to the model as commands; the
 * control is refreshed from the model after every command (undo included); validation findings show as a
 * decoration beside it.
 */
public abstract class Field {

	private final CaseModel model;
	private final EStructuralFeature feature;
	private EObject owner;
	private ControlDecoration decoration;
	private String problemText;

	protected Field(CaseModel model, EStructuralFeature feature) {
		this.model = model;
		this.feature = feature;
	}

	/** The control the user edits. */
	public abstract Control control();

	/** Shows the model's value in the control (skipped when they already agree, so the caret stays put). */
	public abstract void refresh();

	/** Sends what the user typed and not yet committed to the model. */
	public void commit() {
		// Controls that commit at once (combos, check boxes) have nothing pending.
	}

	public final EObject owner() {
		return owner;
	}

	public final EStructuralFeature feature() {
		return feature;
	}

	protected final CaseModel model() {
		return model;
	}

	/** Binds the control to another element of the same class (details pages), or to none. */
	public void setOwner(EObject owner) {
		commit();
		this.owner = owner;
		control().setEnabled(owner != null);
		refresh();
	}

	/** Writes a value to the model as a command, if the field is bound. */
	protected final void write(Object value) {
		if (owner != null) {
			model.set(owner, feature, value);
		}
	}

	/** Shows the findings about this field (the most serious first), or clears the decoration. */
	public void showProblems(List<CaseProblem> problems) {
		if (problems.isEmpty()) {
			showProblem(null, false);
			return;
		}
		boolean error = problems.stream().anyMatch(CaseProblem::isError);
		StringBuilder text = new StringBuilder();
		problems.forEach(problem -> text.append(text.isEmpty() ? "" : "\n").append(problem.message()));
		showProblem(text.toString(), error);
	}

	/** Shows a message of the field itself (e.g. a number that does not parse). */
	protected final void showProblem(String text, boolean error) {
		problemText = text;
		if (decoration == null) {
			if (text == null) {
				return;
			}
			decoration = new ControlDecoration(control(), SWT.LEFT | SWT.TOP);
			decoration.setMarginWidth(2);
		}
		if (text == null) {
			decoration.hide();
			return;
		}
		String id = error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
		decoration.setDescriptionText(text);
		decoration.show();
	}

	/** The text of the decoration shown, or null when none is (tests and tooltips). */
	public String problemText() {
		return problemText;
	}

	/** Whether the decoration is visible. */
	public boolean isDecorated() {
		return decoration != null && decoration.isVisible();
	}
}
