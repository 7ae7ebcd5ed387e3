/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A multi-valued text attribute (authors, participants), edited one value per line. */
final class ListField extends Field {

	private final Text text;
	private boolean refreshing;
	private boolean pending;

	ListField(CaseModel model, EStructuralFeature feature, FormToolkit toolkit, Composite parent) {
		super(model, feature);
		text = toolkit.createText(parent, "", SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
		text.addModifyListener(event -> {
			if (!refreshing) {
				pending = true;
				text.getDisplay().timerExec(TextField.COMMIT_DELAY, this::commit);
			}
		});
		text.addListener(SWT.FocusOut, event -> commit());
	}

	@Override
	public Control control() {
		return text;
	}

	@Override
	public void refresh() {
		if (pending) {
			return;
		}
		String shown = owner() == null ? "" : String.join("\n", values());
		if (!shown.equals(text.getText().replace("\r", ""))) {
			refreshing = true;
			try {
				text.setText(shown.replace("\n", text.getLineDelimiter()));
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
		List<String> typed = Arrays.stream(text.getText().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (!typed.equals(values())) {
			write(typed);
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> values() {
		return (List<String>) owner().eGet(feature());
	}
}
