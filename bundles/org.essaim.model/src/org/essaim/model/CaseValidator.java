/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Source;

/**
 * The rules of a case study. An ébauche needs only an id and a title; from « partiel » on, a summary and
 * sources too. Format rules (id, summary length, dates, sources naming their document) apply at every level.
 */
public final class CaseValidator {

	/** The ids of the seeds' inventory: CAUMONT, PTCE-2011. */
	private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	/** The length of a short summary (three short sentences), in characters. */
	public static final int SUMMARY_MAX_LENGTH = 280;

	private CaseValidator() {
	}

	/** Every finding about the case and the objects it contains, in the order of the file; empty when valid. */
	public static List<CaseProblem> validate(CaseStudy caseStudy) {
		List<CaseProblem> problems = new ArrayList<>();
		check(caseStudy, problems);
		caseStudy.eAllContents().forEachRemaining(object -> check(object, problems));
		return problems;
	}

	/** The findings about {@code object} itself, not about the objects it contains. */
	static void check(EObject object, List<CaseProblem> problems) {
		switch (object) {
			case CaseStudy caseStudy -> checkCase(caseStudy, problems);
			case Phase phase -> checkSpan(phase, phase.getStart(), phase.getEnd(), Literals.PHASE__START, Literals.PHASE__END, problems);
			case Source source -> {
				if (blank(source.getDocument())) {
					problems.add(error(source, Literals.SOURCE__DOCUMENT, "validate.sourceDocument"));
				}
			}
			default -> {
				// Territories, actors, outcomes and fundings have no rule yet.
			}
		}
	}

	private static void checkCase(CaseStudy c, List<CaseProblem> problems) {
		if (blank(c.getId())) {
			problems.add(error(c, Literals.CASE_STUDY__ID, "validate.idMissing"));
		} else if (!ID.matcher(c.getId()).matches()) {
			problems.add(error(c, Literals.CASE_STUDY__ID, "validate.idFormat", c.getId()));
		}
		if (blank(c.getTitle())) {
			problems.add(error(c, Literals.CASE_STUDY__TITLE, "validate.titleMissing"));
		}
		String summary = c.getSummary();
		if (summary != null && summary.codePointCount(0, summary.length()) > SUMMARY_MAX_LENGTH) {
			problems.add(error(c, Literals.CASE_STUDY__SUMMARY, "validate.summaryTooLong", summary.codePointCount(0, summary.length())));
		}
		if (c.getCompleteness() != Completeness.STUB) {
			if (blank(summary)) {
				problems.add(error(c, Literals.CASE_STUDY__SUMMARY, "validate.summaryMissing"));
			}
			if (c.getSources().isEmpty()) {
				problems.add(warning(c, Literals.CASE_STUDY__SOURCES, "validate.sourcesMissing"));
			}
		}
		checkSpan(c, c.getPeriodStart(), c.getPeriodEnd(), Literals.CASE_STUDY__PERIOD_START, Literals.CASE_STUDY__PERIOD_END, problems);
	}

	/** Dates are a year, a month or a day; a start cannot come after its end. */
	private static void checkSpan(EObject object, String start, String end, EAttribute startFeature, EAttribute endFeature,
			List<CaseProblem> problems) {
		FuzzyDate first = date(object, start, startFeature, problems);
		FuzzyDate last = date(object, end, endFeature, problems);
		if (first != null && last != null && !first.canPrecede(last)) {
			problems.add(error(object, endFeature, "validate.periodOrder", start, end));
		}
	}

	private static FuzzyDate date(EObject object, String text, EAttribute feature, List<CaseProblem> problems) {
		if (blank(text)) {
			return null;
		}
		FuzzyDate date = FuzzyDate.parse(text);
		if (date == null) {
			problems.add(warning(object, feature, "validate.dateFormat", text));
		}
		return date;
	}

	private static CaseProblem error(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		return new CaseProblem(CaseProblem.Severity.ERROR, Messages.format(key, arguments), object, feature);
	}

	private static CaseProblem warning(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		return new CaseProblem(CaseProblem.Severity.WARNING, Messages.format(key, arguments), object, feature);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
