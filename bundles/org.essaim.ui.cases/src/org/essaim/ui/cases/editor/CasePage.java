/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.essaim.model.CaseProblem;

/** A page of the case editor: it follows the model after each command and shows validation findings. */
public abstract class CasePage extends FormPage {

	private List<CaseProblem> problems = List.of();

	protected CasePage(CaseEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	public CaseEditor getEditor() {
		return (CaseEditor) super.getEditor();
	}

	protected CaseModel model() {
		return getEditor().model();
	}

	/** Whether the page's controls exist (pages are built the first time they are shown). */
	public boolean isBuilt() {
		return getManagedForm() != null && getPartControl() != null && !getPartControl().isDisposed();
	}

	/** Shows the model's current values. */
	public abstract void refresh();

	/** Sends pending typing to the model. */
	public abstract void commit();

	/** Puts the findings on the fields they are about; the form header counts them all. */
	public void showProblems(List<CaseProblem> found) {
		this.problems = found;
		if (!isBuilt()) {
			return;
		}
		decorate(found);
		IManagedForm form = getManagedForm();
		long errors = found.stream().filter(CaseProblem::isError).count();
		long warnings = found.size() - errors;
		if (found.isEmpty()) {
			form.getForm().setMessage(null, IMessageProvider.NONE);
		} else {
			form.getForm().setMessage(Messages.bind(Messages.problems_summary, errors, warnings),
					errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
		}
	}

	/** The findings shown last. */
	protected List<CaseProblem> problems() {
		return problems;
	}

	/** Decorates this page's fields. */
	protected abstract void decorate(List<CaseProblem> found);

	/** Called by subclasses once their content is built, so that it starts up to date. */
	protected void built() {
		refresh();
		showProblems(getEditor().problems());
	}
}
