/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.essaim.protocol.coop.CoopPackage;

/**
 * Two actors, or two phases, of one protocol with the same name: reported in French with a stable
 * issue code. An actor and a phase may share a name, since each reference says which kind it wants.
 */
public class CoopUniqueNames extends NamesAreUniqueValidationHelper {

	@Override
	protected String getErrorCode() {
		return CoopValidator.DUPLICATE_NAME;
	}

	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType, EStructuralFeature feature) {
		String name = description.getName().getLastSegment();
		EClass type = description.getEClass();
		if (type == CoopPackage.Literals.ACTOR) {
			return CoopMessages.format("duplicateActor", name);
		}
		if (type == CoopPackage.Literals.GROUP) {
			return CoopMessages.format("duplicateGroup", name);
		}
		if (type == CoopPackage.Literals.PHASE) {
			return CoopMessages.format("duplicatePhase", name);
		}
		return CoopMessages.format("duplicateName", name);
	}
}
