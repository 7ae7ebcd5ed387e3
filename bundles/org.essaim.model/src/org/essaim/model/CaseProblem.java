/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A validation finding on a case study: the object and feature it is about, and a French message. */
public record CaseProblem(boolean error, String message, EObject object, EStructuralFeature feature) {
}
