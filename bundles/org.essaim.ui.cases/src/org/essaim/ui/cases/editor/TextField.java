/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A text box for a single-valued attribute (text, number). Typing is sent to the model when the user
 * pauses, presses Enter or leaves the field, so that one undo takes back one burst of typing, not one letter.
 */
final class TextField extends Field {

	/** Pause after the last key before the typing becomes a command, in milliseconds. */
	static final int COMMIT_DELAY = 700;

	private final Text text;
	private boolean refreshing;
	private boolean pending;
	private final Runnable delayedCommit = this::commit;

	TextField(CaseModel model, EStructuralFeature feature, FormToolkit toolkit, Composite parent, boolean multiLine) {
		super(model, feature);
		int style = multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
		text = toolkit.createText(parent, "", style | SWT.BORDER);
		text.addModifyListener(event -> typed());
		text.addListener(SWT.FocusOut, event -> commit());
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, event -> commit());
		}
	}

	@Override
	public Control control() {
		return text;
	}

	@Override
	public void refresh() {
		if (pending) {
			return; // another field's command must not wipe what the user is typing here
		}
		String shown = owner() == null ? "" : format(owner().eGet(feature()));
		if (!shown.equals(text.getText())) {
			refreshing = true;
			try {
				text.setText(shown);
			} finally {
				refreshing = false;
			}
		}
	}

	@Override
	public void commit() {
		if (!pending || text.isDisposed()) {
			return;
		}
		pending = false;
		String typed = text.getText();
		Object value;
		try {
			value = parse(typed);
		} catch (RuntimeException notANumber) {
			showProblem(Messages.bind(Messages.field_invalidValue, typed), true);
			return;
		}
		if (!Objects.equals(value, owner() == null ? null : owner().eGet(feature()))) {
			write(value);
		}
	}

	private void typed() {
		if (refreshing) {
			return;
		}
		pending = true;
		text.getDisplay().timerExec(COMMIT_DELAY, delayedCommit);
	}

	private String format(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof String string ? string
				: EcoreUtil.convertToString((EDataType) feature().getEType(), value);
	}

	/** Blank means unset; numbers are parsed by EMF's own factory (throws when the text is not one). */
	private Object parse(String typed) {
		if (feature().getEType().getInstanceClass() == String.class) {
			return typed.isEmpty() ? null : typed;
		}
		return typed.isBlank() ? null : EcoreUtil.createFromString((EDataType) feature().getEType(), typed.strip());
	}

	/** Types like the user would (tests): sets the text, then commits as leaving the field does. */
	void type(String value) {
		text.setText(value);
		commit();
	}
}
