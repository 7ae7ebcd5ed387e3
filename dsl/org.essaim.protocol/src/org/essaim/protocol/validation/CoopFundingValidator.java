/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.essaim.protocol.analysis.Amount;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Funding;

/** Funding that can be read: an amount in euros, a period that ends after it starts. */
public class CoopFundingValidator extends AbstractDeclarativeValidator {

	/** Issue code: an amount that is not written as an amount in euros. */
	public static final String INVALID_AMOUNT = "montant_invalide";
	/** Issue code: a period that ends before it starts, or years that cannot be meant. */
	public static final String INVALID_PERIOD = "periode_invalide";

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CoopPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Composed into CoopValidator, which is the registered one.
	}

	@Check
	public void checkAmount(Funding funding) {
		if (funding.getAmount() != null && Amount.parse(funding.getAmount()).isEmpty()) {
			error(CoopMessages.format("invalidAmount", funding.getAmount()), funding, CoopPackage.Literals.FUNDING__AMOUNT, INVALID_AMOUNT);
		}
	}

	@Check
	public void checkPeriod(Funding funding) {
		if (funding.getFromYear() == 0 && funding.getToYear() == 0) {
			return;
		}
		if (funding.getFromYear() < 1900 || funding.getToYear() > 2200) {
			error(CoopMessages.format("implausibleYears", funding.getFromYear(), funding.getToYear()), funding,
					CoopPackage.Literals.FUNDING__FROM_YEAR, INVALID_PERIOD);
		} else if (funding.getFromYear() > funding.getToYear()) {
			error(CoopMessages.format("reversedPeriod", funding.getFromYear(), funding.getToYear()), funding,
					CoopPackage.Literals.FUNDING__FROM_YEAR, INVALID_PERIOD);
		}
	}
}
