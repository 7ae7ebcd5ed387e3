/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A choice in a controlled vocabulary (an EMF enumeration), shown by its French literal. */
final class EnumField extends Field {

	private final Combo combo;
	private final List<EEnumLiteral> literals;

	EnumField(CaseModel model, EStructuralFeature feature, FormToolkit toolkit, Composite parent) {
		super(model, feature);
		literals = ((EEnum) feature.getEType()).getELiterals();
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo, true, false);
		literals.forEach(literal -> combo.add(Labels.of(literal)));
		combo.setVisibleItemCount(Math.min(16, literals.size()));
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				write(literals.get(index).getInstance());
			}
		});
	}

	@Override
	public Control control() {
		return combo;
	}

	@Override
	public void refresh() {
		int index = -1;
		if (owner() != null && owner().eGet(feature()) instanceof Enumerator value) {
			for (int i = 0; i < literals.size(); i++) {
				if (literals.get(i).getValue() == value.getValue()) {
					index = i;
				}
			}
		}
		if (combo.getSelectionIndex() != index) {
			if (index < 0) {
				combo.deselectAll();
			} else {
				combo.select(index);
			}
		}
	}

	/** Chooses a value as the user would (tests). */
	void choose(int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, null);
	}
}
