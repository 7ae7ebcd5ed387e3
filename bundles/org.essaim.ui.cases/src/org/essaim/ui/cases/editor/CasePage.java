/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.essaim.model.CaseProblem;

/** A page of the case editor: it follows the model after each command and shows validation findings. */
public abstract class CasePage extends FormPage {

	private List<CaseProblem> problems = List.of();
	private boolean stale;

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
		long errors = found.stream().filter(CaseProblem::isError).count();
		long warnings = found.size() - errors;
		String message = found.isEmpty() ? null : Messages.bind(Messages.problems_summary, errors, warnings);
		int type = found.isEmpty() ? IMessageProvider.NONE : errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING;
		ScrolledForm form = getManagedForm().getForm();
		if (!java.util.Objects.equals(message, form.getMessage()) || type != form.getMessageType()) {
			form.setMessage(message, type); // lays the heading out again: only when the summary changed
		}
	}

	/** The findings shown last. */
	protected List<CaseProblem> problems() {
		return problems;
	}

	/** Decorates this page's fields. */
	protected abstract void decorate(List<CaseProblem> found);

	/**
	 * Follows a change of the model: at once when the page is shown, else when it is next shown (one edit
	 * then costs the refresh of one page, not of all of them).
	 */
	void modelChanged(List<CaseProblem> found) {
		if (isActive() && isBuilt()) {
			stale = false;
			refresh();
			showProblems(found);
		} else {
			stale = true;
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale && isBuilt()) {
			stale = false;
			refresh();
			showProblems(getEditor().problems());
		}
	}

	/** Called by subclasses once their content is built, so that it starts up to date. */
	protected void built() {
		refresh();
		showProblems(getEditor().problems());
	}
}
