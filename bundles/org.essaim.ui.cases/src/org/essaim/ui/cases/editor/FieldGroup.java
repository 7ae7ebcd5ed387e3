/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.essaim.model.CaseProblem;

/**
 * The fields of one part of a form (a section, a details page), built from the model's features: a label
 * and the control that fits the feature's type, in a two-column grid.
 */
public final class FieldGroup {

	/** Features whose text runs over several lines. */
	private static final List<String> LONG_TEXTS = List.of("summary", "body", "description", "quote", "text", "problem",
			"hypothesis", "test", "successCriteria", "learned", "whatLasted", "note");

	private final CaseModel model;
	private final FormToolkit toolkit;
	private final List<Field> fields = new ArrayList<>();

	public FieldGroup(CaseModel model, FormToolkit toolkit) {
		this.model = model;
		this.toolkit = toolkit;
	}

	/** Adds a label and a control for {@code feature} to {@code parent} (a two-column grid). */
	public Field add(Composite parent, EStructuralFeature feature) {
		Label label = toolkit.createLabel(parent, Labels.of(feature) + " :");
		Field field = create(parent, feature);
		boolean tall = field instanceof ListField || LONG_TEXTS.contains(feature.getName());
		GridDataFactory.swtDefaults().align(SWT.FILL, tall ? SWT.TOP : SWT.CENTER).applyTo(label);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, tall ? 64 : SWT.DEFAULT).indent(8, 0).applyTo(field.control());
		fields.add(field);
		return field;
	}

	/** Adds every attribute of {@code eClass} (and its evidence), in the model's order. */
	public void addAll(Composite parent, EClass eClass) {
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature instanceof EAttribute attribute && !(attribute.isMany() && attribute.getEType() instanceof EEnum)) {
				add(parent, feature);
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				add(parent, feature);
			}
		}
	}

	private Field create(Composite parent, EStructuralFeature feature) {
		if (feature instanceof EReference) {
			return new EvidenceField(model, feature, toolkit, parent);
		}
		if (feature.getEType() instanceof EEnum) {
			return new EnumField(model, feature, toolkit, parent);
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return new CheckField(model, feature, toolkit, parent);
		}
		if (feature.isMany()) {
			return new ListField(model, feature, toolkit, parent);
		}
		return new TextField(model, feature, toolkit, parent, LONG_TEXTS.contains(feature.getName()));
	}

	public List<Field> fields() {
		return fields;
	}

	/** Binds every field to {@code owner}. */
	public void setOwner(EObject owner) {
		fields.forEach(field -> field.setOwner(owner));
	}

	public void refresh() {
		fields.forEach(Field::refresh);
	}

	public void commit() {
		fields.forEach(Field::commit);
	}

	/** Decorates each field with the findings about its element and feature. */
	public void showProblems(List<CaseProblem> problems) {
		for (Field field : fields) {
			field.showProblems(problems.stream()
					.filter(problem -> problem.object() == field.owner() && problem.feature() == field.feature()).toList());
		}
	}

	/** The field of a feature, if this group has one. */
	public Optional<Field> find(EStructuralFeature feature) {
		return fields.stream().filter(field -> field.feature() == feature).findFirst();
	}
}
