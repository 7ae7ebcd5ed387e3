/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * {@link CaseValidator}'s rules for EMF's Diagnostician (editors, EMF.Edit): each object reports its own
 * findings, with the object and feature as diagnostic data.
 */
final class CaseEValidator implements EValidator {

	/** The source of the diagnostics, as EMF tools show it. */
	static final String DIAGNOSTIC_SOURCE = "org.essaim.model";

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<CaseProblem> problems = new ArrayList<>();
		CaseValidator.check(eObject, problems);
		if (diagnostics != null) {
			for (CaseProblem problem : problems) {
				int severity = problem.isError() ? Diagnostic.ERROR : Diagnostic.WARNING;
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, problem.message(),
						new Object[] { problem.object(), problem.feature() }));
			}
		}
		return problems.stream().noneMatch(CaseProblem::isError);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true; // values are plain strings and enumerations: nothing to check on their own
	}
}
