/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.essaim.model.casestudy.Source;

/** The sources supporting an element, typed as the ids of the case's sources ("s1, s3"). */
final class EvidenceField extends Field {

	private final Text text;
	private boolean refreshing;
	private boolean pending;

	EvidenceField(CaseModel model, EStructuralFeature feature, FormToolkit toolkit, Composite parent) {
		super(model, feature);
		text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setMessage(Messages.field_evidenceHint);
		text.addModifyListener(event -> pending |= !refreshing);
		text.addListener(SWT.FocusOut, event -> commit());
		text.addListener(SWT.DefaultSelection, event -> commit());
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
		String shown = owner() == null ? "" : sources().stream().map(Source::getId).collect(Collectors.joining(", "));
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
		if (!pending || text.isDisposed() || owner() == null) {
			return;
		}
		pending = false;
		List<Source> chosen = new ArrayList<>();
		for (String id : text.getText().split("[,;\\s]+")) {
			if (id.isEmpty()) {
				continue;
			}
			Source source = model().caseStudy().getSources().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
			if (source == null) {
				showProblem(Messages.bind(Messages.field_unknownSource, id), true);
				return;
			}
			chosen.add(source);
		}
		if (!chosen.equals(sources())) {
			write(chosen);
		}
	}

	@SuppressWarnings("unchecked")
	private List<Source> sources() {
		return (List<Source>) owner().eGet(feature());
	}
}
