/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Completeness;
import org.junit.jupiter.api.Test;

class CaseValidatorTest {

	@Test
	void aWellFormedCaseHasNoProblem() {
		assertEquals(List.of(), CaseValidator.validate(SampleCases.full()));
	}

	@Test
	void aStubNeedsOnlyIdAndTitle() {
		CaseStudy stub = CasestudyFactory.eINSTANCE.createCaseStudy();
		stub.setId("FNISO");
		stub.setTitle("Fonds national pour l'innovation sociale");
		assertEquals(List.of(), CaseValidator.validate(stub));
	}

	@Test
	void idAndTitleAreRequired() {
		List<CaseProblem> problems = CaseValidator.validate(CasestudyFactory.eINSTANCE.createCaseStudy());
		assertTrue(has(problems, Literals.CASE_STUDY__ID, true));
		assertTrue(has(problems, Literals.CASE_STUDY__TITLE, true));
	}

	@Test
	void idsUseCapitalsDigitsAndHyphens() {
		CaseStudy c = SampleCases.full();
		c.setId("caumont sur durance");
		assertTrue(has(CaseValidator.validate(c), Literals.CASE_STUDY__ID, true));
	}

	@Test
	void summariesHaveAtMost280Characters() {
		CaseStudy c = SampleCases.full();
		c.setSummary("é".repeat(280));
		assertEquals(List.of(), CaseValidator.validate(c));
		c.setSummary("é".repeat(281));
		assertTrue(has(CaseValidator.validate(c), Literals.CASE_STUDY__SUMMARY, true));
	}

	@Test
	void aPartialCaseWithoutSummaryIsWarned() {
		CaseStudy c = SampleCases.full();
		c.setSummary(null);
		assertTrue(has(CaseValidator.validate(c), Literals.CASE_STUDY__SUMMARY, false));
	}

	@Test
	void thePeriodEndsAfterItStarts() {
		CaseStudy c = SampleCases.full();
		c.setPeriodStart("2015-03");
		c.setPeriodEnd("2014");
		assertTrue(has(CaseValidator.validate(c), Literals.CASE_STUDY__PERIOD_END, true));
		c.setPeriodEnd("2015-06");
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@Test
	void sourcesNameTheirDocument() {
		CaseStudy c = SampleCases.full();
		c.getSources().get(0).setDocument(" ");
		assertTrue(has(CaseValidator.validate(c), Literals.SOURCE__DOCUMENT, true));
	}

	@Test
	void aCompleteCaseCitesSources() {
		CaseStudy c = SampleCases.full();
		c.setCompleteness(Completeness.COMPLETE);
		c.getSources().clear();
		assertTrue(has(CaseValidator.validate(c), Literals.CASE_STUDY__SOURCES, false));
	}

	private static boolean has(List<CaseProblem> problems, org.eclipse.emf.ecore.EStructuralFeature feature, boolean error) {
		return problems.stream().anyMatch(p -> p.feature() == feature && p.error() == error);
	}
}
