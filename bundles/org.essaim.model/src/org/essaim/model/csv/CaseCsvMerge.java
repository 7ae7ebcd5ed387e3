/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Source;

/**
 * Applies an imported row to a case: the columns of the CSV replace the case's values, everything else (sections,
 * phases, residences...) stays as it was. A row for a new id is the new case itself. What stays keeps citing its
 * sources: by id among the imported ones, or the old source is kept when the CSV no longer lists it.
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
		relinkEvidence(target);
	}

	/** Phases, places, experiments... still cite the sources the import replaced: point them at the new ones. */
	private static void relinkEvidence(CaseStudy target) {
		Map<String, Source> byId = new HashMap<>();
		target.getSources().forEach(source -> byId.putIfAbsent(source.getId(), source));
		List<EObject> parts = new ArrayList<>();
		EcoreUtil.<EObject>getAllProperContents(target, false).forEachRemaining(parts::add); // sources may be added below
		for (EObject part : parts) {
			for (EReference reference : part.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.getEReferenceType() != Literals.SOURCE) {
					continue;
				}
				@SuppressWarnings("unchecked")
				List<Source> cited = (List<Source>) part.eGet(reference);
				for (int i = 0; i < cited.size(); i++) {
					Source old = cited.get(i);
					if (old.eContainer() == target) {
						continue;
					}
					Source current = byId.computeIfAbsent(old.getId(), id -> {
						target.getSources().add(old); // dropping it would silently lose what the untouched part cites
						return old;
					});
					if (current == old) {
						continue;
					} else if (cited.contains(current)) {
						cited.remove(i--); // already cites it: evidence lists hold each source once
					} else {
						cited.set(i, current);
					}
				}
			}
		}
	}
}
