/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Source;

/**
 * Checks a case study against the rules of its completeness level: an ébauche needs only an id and a
 * title, a partial case a summary, a complete case its sources.
 */
public final class CaseValidator {

	/** Ids are those of the seeds' inventory: capitals, digits and hyphens. */
	private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
	private static final int SUMMARY_MAX = 280;

	private final List<CaseProblem> problems = new ArrayList<>();

	private CaseValidator() {
	}

	/** Every problem of the case, errors and warnings, in the order of the case's features. */
	public static List<CaseProblem> validate(CaseStudy caseStudy) {
		CaseValidator validator = new CaseValidator();
		validator.check(caseStudy);
		return List.copyOf(validator.problems);
	}

	private void check(CaseStudy c) {
		if (blank(c.getId())) {
			error(c, Literals.CASE_STUDY__ID, "validate.idMissing");
		} else if (!ID.matcher(c.getId()).matches()) {
			error(c, Literals.CASE_STUDY__ID, "validate.idFormat", c.getId());
		}
		if (blank(c.getTitle())) {
			error(c, Literals.CASE_STUDY__TITLE, "validate.titleMissing");
		}
		if (c.getSummary() != null && c.getSummary().codePointCount(0, c.getSummary().length()) > SUMMARY_MAX) {
			error(c, Literals.CASE_STUDY__SUMMARY, "validate.summaryTooLong", c.getSummary().codePointCount(0, c.getSummary().length()));
		}
		if (c.getCompleteness() != Completeness.STUB && blank(c.getSummary())) {
			warning(c, Literals.CASE_STUDY__SUMMARY, "validate.summaryMissing");
		}
		if (!blank(c.getPeriodStart()) && !blank(c.getPeriodEnd()) && c.getPeriodEnd().compareTo(c.getPeriodStart()) < 0
				&& c.getPeriodEnd().length() >= 4 && c.getPeriodStart().length() >= 4) {
			error(c, Literals.CASE_STUDY__PERIOD_END, "validate.periodOrder", c.getPeriodStart(), c.getPeriodEnd());
		}
		for (Source source : c.getSources()) {
			if (blank(source.getDocument())) {
				error(source, Literals.SOURCE__DOCUMENT, "validate.sourceDocument");
			}
		}
		if (c.getCompleteness() == Completeness.COMPLETE && c.getSources().isEmpty()) {
			warning(c, Literals.CASE_STUDY__SOURCES, "validate.sourcesMissing");
		}
	}

	private void error(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		problems.add(new CaseProblem(true, ModelMessages.format(key, arguments), object, feature));
	}

	private void warning(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		problems.add(new CaseProblem(false, ModelMessages.format(key, arguments), object, feature));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
