/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A validation finding: its severity, a French message, and the object and feature it is about (locate
 * the object in its file with {@link CaseFiles#lineOf(EObject)}).
 */
public record CaseProblem(Severity severity, String message, EObject object, EStructuralFeature feature) {

	/** How serious a finding is. */
	public enum Severity {
		/** The case breaks a rule of the format; it should not be published. */
		ERROR("severity.error"),
		/** Something to look at; the case is still usable. */
		WARNING("severity.warning");

		private final String key;

		Severity(String key) {
			this.key = key;
		}

		/** The French word for it: « erreur », « avertissement ». */
		public String label() {
			return Messages.format(key);
		}
	}

	/** Whether this finding is an {@link Severity#ERROR error}. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
