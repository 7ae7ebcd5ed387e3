/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * French names of the model's classes and fields (labels.properties, English in labels_en), looked up by
 * "Class.feature": the forms are built from the model, so a new attribute shows up with its own name.
 */
public final class Labels {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Labels.class.getPackageName() + ".labels");

	private Labels() {
	}

	/** The label of a field, e.g. « Titre » for CaseStudy.title. */
	public static String of(EStructuralFeature feature) {
		return lookup(feature.getEContainingClass().getName() + "." + feature.getName(), feature.getName());
	}

	/** The name of a class, e.g. « Acteur ». */
	public static String of(EClass eClass) {
		return lookup(eClass.getName(), eClass.getName());
	}

	/** What an enumeration value means to users: its French literal (« petite ville »). */
	public static String of(EEnumLiteral literal) {
		return literal.getLiteral();
	}

	/** A short name for an element in a list: its name, title, id or text, whichever it has. */
	public static String describe(EObject element) {
		StringBuilder label = new StringBuilder();
		for (String name : new String[] { "id", "name", "title", "funder", "document", "text", "hypothesis", "whatLasted", "target" }) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature != null && element.eGet(feature) instanceof String value && !value.isBlank()) {
				if (!label.isEmpty()) {
					label.append(" — ");
				}
				label.append(value.length() > 80 ? value.substring(0, 79) + "…" : value);
				if (label.length() > 20 || !"id".equals(name)) {
					break;
				}
			}
		}
		if (label.isEmpty()) {
			EStructuralFeature kind = element.eClass().getEStructuralFeature("instrument");
			kind = kind != null ? kind : element.eClass().getEStructuralFeature("kind");
			if (kind != null && element.eGet(kind) instanceof org.eclipse.emf.common.util.Enumerator value) {
				label.append(value.getLiteral());
			}
		}
		return label.isEmpty() ? "(" + of(element.eClass()) + ")" : label.toString();
	}

	private static String lookup(String key, String fallback) {
		try {
			return BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
