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
import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Residence;
import org.essaim.model.casestudy.Source;

/**
 * The rules of a case study. An ébauche needs only an id and a title; « partiel » and « complet » need more
 * (see CompletenessRules). Format rules (id, summary length, dates, amounts, sources) apply at every level.
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
		CaseProblem forbidden = XmlCharacters.firstForbidden(object);
		if (forbidden != null) {
			problems.add(forbidden);
		}
		ElementRules.checkEvidence(object, problems);
		switch (object) {
			case CaseStudy caseStudy -> checkCase(caseStudy, problems);
			case Phase phase -> checkSpan(phase, phase.getStart(), phase.getEnd(), Literals.PHASE__START, Literals.PHASE__END, problems);
			case Source source -> {
				if (blank(source.getDocument())) {
					problems.add(error(source, Literals.SOURCE__DOCUMENT, "validate.sourceDocument"));
				}
			}
			case Residence residence -> ElementRules.checkResidence(residence, problems);
			case Experiment experiment -> ElementRules.checkExperiment(experiment, problems);
			case Funding funding -> ElementRules.checkFunding(funding, problems);
			case CaseRelation relation -> ElementRules.checkRelation(relation, problems);
			default -> {
				// Territories, actors, places, sections, lessons and follow-ups have no rule of their own.
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
		checkSpan(c, c.getPeriodStart(), c.getPeriodEnd(), Literals.CASE_STUDY__PERIOD_START, Literals.CASE_STUDY__PERIOD_END, problems);
		checkSpan(c, c.getCreated(), c.getUpdated(), Literals.CASE_STUDY__CREATED, Literals.CASE_STUDY__UPDATED, problems);
		date(c, c.getReviewedAt(), Literals.CASE_STUDY__REVIEWED_AT, problems);
		if (c.isOngoing() && !blank(c.getPeriodEnd())) {
			problems.add(error(c, Literals.CASE_STUDY__PERIOD_END, "validate.ongoingWithEnd", c.getPeriodEnd()));
		}
		CompletenessRules.check(c, problems);
		ElementRules.checkSourceIds(c, problems);
	}

	/** Dates are a year, a month or a day; a start cannot come after its end. */
	static void checkSpan(EObject object, String start, String end, EAttribute startFeature, EAttribute endFeature,
			List<CaseProblem> problems) {
		FuzzyDate first = date(object, start, startFeature, problems);
		FuzzyDate last = date(object, end, endFeature, problems);
		if (first != null && last != null && !first.canPrecede(last)) {
			problems.add(error(object, endFeature, "validate.periodOrder", start, end));
		}
	}

	static FuzzyDate date(EObject object, String text, EAttribute feature, List<CaseProblem> problems) {
		if (blank(text)) {
			return null;
		}
		FuzzyDate date = FuzzyDate.parse(text);
		if (date == null) {
			problems.add(warning(object, feature, "validate.dateFormat", text));
		}
		return date;
	}

	static CaseProblem error(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		return new CaseProblem(CaseProblem.Severity.ERROR, Messages.format(key, arguments), object, feature);
	}

	static CaseProblem warning(EObject object, EStructuralFeature feature, String key, Object... arguments) {
		return new CaseProblem(CaseProblem.Severity.WARNING, Messages.format(key, arguments), object, feature);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
