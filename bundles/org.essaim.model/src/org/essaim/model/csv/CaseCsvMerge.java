/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.essaim.model.casestudy.CaseStudy;

/**
 * Applies an imported row to a case: the columns of the CSV replace the case's values, everything else (sections,
 * phases, residences...) stays as it was. A row for a new id is the new case itself.
 */
public final class CaseCsvMerge {

	private CaseCsvMerge() {
	}

	public static void apply(CaseStudy imported, CaseStudy target) {
		for (EAttribute attribute : CaseCsvLayout.SCALARS) {
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> values = (List<Object>) target.eGet(attribute);
				values.clear();
				values.addAll((List<?>) imported.eGet(attribute));
			} else if (imported.eIsSet(attribute)) {
				target.eSet(attribute, imported.eGet(attribute));
			} else {
				target.eUnset(attribute);
			}
		}
		for (ListColumn list : CaseCsvLayout.LISTS) {
			@SuppressWarnings("unchecked")
			List<EObject> parts = (List<EObject>) target.eGet(list.reference());
			@SuppressWarnings("unchecked")
			List<EObject> replacement = (List<EObject>) imported.eGet(list.reference());
			parts.clear();
			parts.addAll(List.copyOf(replacement)); // moves the parts, with the evidence links between them
		}
	}
}
