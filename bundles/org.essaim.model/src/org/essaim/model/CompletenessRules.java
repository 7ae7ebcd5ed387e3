/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.essaim.model.CaseValidator.blank;
import static org.essaim.model.CaseValidator.error;
import static org.essaim.model.CaseValidator.warning;

import java.util.List;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Completeness;

/**
 * What each level of documentation requires. « partiel »: a summary, a territory, an actor and a source; « complet »:
 * also the start of the period, an outcome and a lesson. A record declares its level: it is checked against it.
 */
final class CompletenessRules {

	private CompletenessRules() {
	}

	static void check(CaseStudy c, List<CaseProblem> problems) {
		if (c.getCompleteness() == Completeness.STUB) {
			return;
		}
		if (blank(c.getSummary())) {
			problems.add(error(c, Literals.CASE_STUDY__SUMMARY, "validate.summaryMissing"));
		}
		if (c.getSources().isEmpty()) {
			problems.add(warning(c, Literals.CASE_STUDY__SOURCES, "validate.sourcesMissing"));
		}
		if (c.getTerritories().isEmpty()) {
			problems.add(error(c, Literals.CASE_STUDY__TERRITORIES, "validate.required", Messages.format("validate.thing.territory"), level(c)));
		}
		if (c.getActors().isEmpty()) {
			problems.add(error(c, Literals.CASE_STUDY__ACTORS, "validate.required", Messages.format("validate.thing.actor"), level(c)));
		}
		if (c.getCompleteness() == Completeness.COMPLETE) {
			if (blank(c.getPeriodStart())) {
				problems.add(error(c, Literals.CASE_STUDY__PERIOD_START, "validate.required", Messages.format("validate.thing.periodStart"), level(c)));
			}
			if (c.getOutcomes().isEmpty()) {
				problems.add(error(c, Literals.CASE_STUDY__OUTCOMES, "validate.required", Messages.format("validate.thing.outcome"), level(c)));
			}
			if (c.getLessons().isEmpty()) {
				problems.add(error(c, Literals.CASE_STUDY__LESSONS, "validate.required", Messages.format("validate.thing.lesson"), level(c)));
			}
		}
	}

	private static String level(CaseStudy c) {
		return c.getCompleteness().getLiteral();
	}
}
