/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.essaim.model.CaseLoadException;

/** Shown instead of the form when the file cannot be read: where and why, and the file left as it is. */
final class BrokenFilePage extends FormPage {

	static final String ID = "org.essaim.ui.cases.broken";

	private final CaseLoadException problem;
	private Label explanation;

	BrokenFilePage(CaseEditor editor, CaseLoadException problem) {
		super(editor, ID, Messages.page_broken);
		this.problem = problem;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.setText(Messages.broken_title);
		form.setMessage(message(problem), IMessageProvider.ERROR);
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().applyTo(body);
		explanation = toolkit.createLabel(body, message(problem) + "\n\n" + Messages.broken_nothingWritten, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(explanation);
		Hyperlink openAsText = toolkit.createHyperlink(body, Messages.broken_openAsText, SWT.NONE);
		openAsText.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				((CaseEditor) getEditor()).openAsText();
			}
		});
	}

	/** « Fichier X, ligne L, colonne C : raison » in the user's language. */
	static String message(CaseLoadException problem) {
		return Messages.bind(Messages.broken_where,
				new Object[] { problem.getFile().getFileName(), problem.getLine(), problem.getColumn(), problem.getReason() });
	}

	/** The explanation shown (tests). */
	String explanation() {
		return explanation == null ? message(problem) : explanation.getText();
	}
}
