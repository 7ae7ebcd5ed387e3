/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A yes/no attribute as a check box. */
final class CheckField extends Field {

	private final Button check;

	CheckField(CaseModel model, EStructuralFeature feature, FormToolkit toolkit, Composite parent) {
		super(model, feature);
		check = toolkit.createButton(parent, "", SWT.CHECK);
		check.addListener(SWT.Selection, event -> write(check.getSelection()));
	}

	@Override
	public Control control() {
		return check;
	}

	@Override
	public void refresh() {
		boolean value = owner() != null && Boolean.TRUE.equals(owner().eGet(feature()));
		if (check.getSelection() != value) {
			check.setSelection(value);
		}
	}
}
