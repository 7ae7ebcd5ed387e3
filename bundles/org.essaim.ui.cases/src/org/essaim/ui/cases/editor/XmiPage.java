/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.essaim.model.CaseLoadException;
import org.essaim.model.CaseProblem;
import org.essaim.model.casestudy.CaseStudy;

/**
 * The case as XMI, exactly as a save would write it. The text can be edited: « Appliquer » parses it like
 * a file (same messages, with line and column) and replaces the model in one undoable command.
 */
public final class XmiPage extends CasePage {

	public static final String ID = "org.essaim.ui.cases.xmi";

	private StyledText text;
	private boolean edited;
	private boolean refreshing;

	XmiPage(CaseEditor editor) {
		super(editor, ID, Messages.page_xmi);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.setText(Messages.xmi_title);
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		toolkit.createLabel(body, Messages.xmi_help, SWT.WRAP);
		Button apply = toolkit.createButton(body, Messages.xmi_apply, SWT.PUSH);
		apply.addListener(SWT.Selection, event -> apply());
		text = new StyledText(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
		toolkit.adapt(text);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 400).applyTo(text);
		text.addModifyListener(event -> {
			if (!refreshing) {
				edited = true;
				getEditor().editorDirtyStateChanged();
			}
		});
		built();
	}

	@Override
	public void refresh() {
		if (!isBuilt() || edited) {
			return;
		}
		String xmi = new String(model().toBytes(), StandardCharsets.UTF_8);
		if (!xmi.equals(text.getText())) {
			refreshing = true;
			try {
				int top = text.getTopIndex();
				text.setText(xmi);
				text.setTopIndex(top);
			} finally {
				refreshing = false;
			}
		}
	}

	/** Parses the text and replaces the model with it; false (and a message) when the text is not a valid case. */
	public boolean apply() {
		if (!edited) {
			return true;
		}
		try {
			CaseStudy parsed = CaseModel.parse(text.getText().getBytes(StandardCharsets.UTF_8), getEditor().fileName());
			edited = false;
			getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
			model().replaceWith(parsed);
			getEditor().editorDirtyStateChanged();
			return true;
		} catch (CaseLoadException e) {
			getManagedForm().getForm().setMessage(
					Messages.bind(Messages.xmi_invalid, new Object[] { e.getLine(), e.getColumn(), e.getReason() }),
					IMessageProvider.ERROR);
			if (e.getLine() > 0 && e.getLine() <= text.getLineCount()) {
				text.setCaretOffset(text.getOffsetAtLine(e.getLine() - 1));
				text.showSelection();
			}
			return false;
		} catch (IOException e) {
			getManagedForm().getForm().setMessage(e.getMessage(), IMessageProvider.ERROR);
			return false;
		}
	}

	/** Whether the text holds edits not yet applied to the model. */
	public boolean hasUnappliedEdits() {
		return edited;
	}

	/** Drops the unapplied edits (when the model is reverted). */
	void forgetEdits() {
		edited = false;
		refresh();
	}

	/** The text shown (tests). */
	StyledText text() {
		return text;
	}

	@Override
	public void commit() {
		// The raw text becomes a command only through « Appliquer » or a save.
	}

	@Override
	public void showProblems(List<CaseProblem> found) {
		// The XMI page's header shows parse errors; validation findings are on the form pages.
	}

	@Override
	protected void decorate(List<CaseProblem> found) {
		// No fields here.
	}
}
