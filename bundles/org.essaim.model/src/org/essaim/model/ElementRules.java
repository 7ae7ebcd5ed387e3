/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.essaim.model.CaseValidator.blank;
import static org.essaim.model.CaseValidator.checkSpan;
import static org.essaim.model.CaseValidator.error;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Residence;
import org.essaim.model.casestudy.Source;

/** The rules of the parts of a case: residences, experiments, funding, relations, sources. */
final class ElementRules {

	private ElementRules() {
	}

	static void checkResidence(Residence residence, List<CaseProblem> problems) {
		if (blank(residence.getHost())) {
			problems.add(error(residence, Literals.RESIDENCE__HOST, "validate.residenceHost"));
		}
		if (residence.getDisciplines().isEmpty()) {
			problems.add(error(residence, Literals.RESIDENCE__DISCIPLINES, "validate.residenceTeam"));
		}
		checkSpan(residence, residence.getStart(), residence.getEnd(), Literals.RESIDENCE__START, Literals.RESIDENCE__END, problems);
	}

	static void checkExperiment(Experiment experiment, List<CaseProblem> problems) {
		if (blank(experiment.getTest()) && blank(experiment.getSuccessCriteria())) {
			problems.add(error(experiment, Literals.EXPERIMENT__TEST, "validate.experimentUntested"));
		}
	}

	static void checkFunding(Funding funding, List<CaseProblem> problems) {
		if (funding.getAmountEuros() != null && funding.getAmountEuros().compareTo(BigDecimal.ZERO) < 0) {
			problems.add(error(funding, Literals.FUNDING__AMOUNT_EUROS, "validate.negativeAmount", funding.getAmountEuros().toPlainString()));
		}
	}

	static void checkRelation(CaseRelation relation, List<CaseProblem> problems) {
		if (blank(relation.getTarget())) {
			problems.add(error(relation, Literals.CASE_RELATION__TARGET, "validate.relationTarget"));
		} else if (relation.eContainer() instanceof CaseStudy c && relation.getTarget().equals(c.getId())) {
			problems.add(error(relation, Literals.CASE_RELATION__TARGET, "validate.relationToItself", c.getId()));
		}
	}

	/** Sources are cited by id: two sources with one id break the citations. */
	static void checkSourceIds(CaseStudy c, List<CaseProblem> problems) {
		Set<String> ids = new HashSet<>();
		for (Source source : c.getSources()) {
			if (!blank(source.getId()) && !ids.add(source.getId())) {
				problems.add(error(source, Literals.SOURCE__ID, "validate.duplicateSourceId", source.getId()));
			}
		}
	}

	/** Evidence that points to no source of the case (a dangling id, a source of another case) cites nothing. */
	static void checkEvidence(EObject object, List<CaseProblem> problems) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("evidence");
		if (feature == null) {
			return;
		}
		EObject root = EcoreUtil.getRootContainer(object);
		@SuppressWarnings("unchecked")
		List<Source> evidence = (List<Source>) object.eGet(feature, false);
		for (Source source : evidence) {
			if (source.eIsProxy() || EcoreUtil.getRootContainer(source) != root) {
				problems.add(error(object, feature, "validate.evidenceDangling", EcoreUtil.getURI(source).fragment()));
			}
		}
	}
}
