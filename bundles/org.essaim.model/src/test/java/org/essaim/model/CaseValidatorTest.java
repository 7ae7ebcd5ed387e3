/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.essaim.model.CaseProblem.Severity;
import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Discipline;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Residence;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(FrenchLocale.class)
class CaseValidatorTest {

	@Test
	void theSamplesAreValid() {
		assertEquals(List.of(), CaseValidator.validate(SampleCases.full()));
		assertEquals(List.of(), CaseValidator.validate(SampleCases.stub()));
	}

	@Test
	void aStubNeedsOnlyAnIdAndATitle() {
		CaseStudy stub = SampleCases.stub();
		assertEquals(Completeness.STUB, stub.getCompleteness());
		assertEquals(List.of(), CaseValidator.validate(stub));
		stub.setId(null);
		stub.setTitle(" ");
		List<CaseProblem> problems = CaseValidator.validate(stub);
		assertEquals(List.of("identifiant manquant", "titre manquant"), problems.stream().map(CaseProblem::message).toList());
		assertTrue(problems.stream().allMatch(CaseProblem::isError));
		assertSame(Literals.CASE_STUDY__ID, problems.get(0).feature());
		assertSame(stub, problems.get(0).object());
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "CAUMONT", "PTCE-2011", "27E", "SRI-SI" })
	void idsOfTheInventoryAreAccepted(String id) {
		CaseStudy c = SampleCases.stub();
		c.setId(id);
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@ParameterizedTest
	@ValueSource(strings = { "caumont", "-CAUMONT", "CAU MONT", "CAUMONT_2", "ÉCOLE", "CAUMONT\n" })
	void otherIdsAreRefused(String id) {
		CaseStudy c = SampleCases.stub();
		c.setId(id);
		CaseProblem problem = only(CaseValidator.validate(c));
		assertTrue(problem.message().startsWith("identifiant « " + id + " » invalide"), problem.message());
		assertSame(Literals.CASE_STUDY__ID, problem.feature());
	}

	@Test
	void aSummaryHasAtMost280Characters() {
		CaseStudy c = SampleCases.stub();
		c.setSummary("é".repeat(280));
		assertEquals(List.of(), CaseValidator.validate(c));
		c.setSummary("é".repeat(281));
		CaseProblem problem = only(CaseValidator.validate(c));
		assertEquals("le résumé fait 281 caractères ; 280 au plus", problem.message());
		assertEquals(Severity.ERROR, problem.severity());
		assertSame(Literals.CASE_STUDY__SUMMARY, problem.feature());
	}

	@Test
	void charactersAreCountedNotUtf16Units() {
		CaseStudy c = SampleCases.stub();
		c.setSummary("🐝".repeat(280));
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@Test
	void fromPartialOnASummaryTerritoryActorAndSourcesAreRequired() {
		CaseStudy c = SampleCases.stub();
		c.setCompleteness(Completeness.PARTIAL);
		List<CaseProblem> problems = CaseValidator.validate(c);
		assertEquals(List.of(Literals.CASE_STUDY__SUMMARY, Literals.CASE_STUDY__SOURCES, Literals.CASE_STUDY__TERRITORIES,
				Literals.CASE_STUDY__ACTORS), problems.stream().map(CaseProblem::feature).toList(), problems::toString);
		assertEquals(Severity.WARNING, problems.get(1).severity(), "a missing source is a warning");
		assertTrue(problems.get(2).message().contains("territoire manquant : requis au niveau « partiel »"), problems.get(2).message());
	}

	@Test
	void aCompleteCaseAlsoNeedsItsStartAnOutcomeAndALesson() {
		CaseStudy c = SampleCases.full();
		c.setCompleteness(Completeness.COMPLETE);
		assertEquals(List.of(), CaseValidator.validate(c), "the full sample is complete");
		c.setPeriodStart(null);
		c.getOutcomes().clear();
		c.getLessons().clear();
		assertEquals(List.of(Literals.CASE_STUDY__PERIOD_START, Literals.CASE_STUDY__OUTCOMES, Literals.CASE_STUDY__LESSONS),
				CaseValidator.validate(c).stream().map(CaseProblem::feature).toList());
	}

	@Test
	void anOngoingProcessHasNoEnd() {
		CaseStudy c = SampleCases.stub();
		c.setOngoing(true);
		c.setPeriodStart("2015");
		c.setPeriodEnd("2016");
		assertSame(Literals.CASE_STUDY__PERIOD_END, only(CaseValidator.validate(c)).feature());
	}

	@Test
	void theRecordIsUpdatedAfterItIsCreated() {
		CaseStudy c = SampleCases.stub();
		c.setCreated("2026-11-23");
		c.setUpdated("2026-11-01");
		assertSame(Literals.CASE_STUDY__UPDATED, only(CaseValidator.validate(c)).feature());
	}

	@Test
	void aResidenceNeedsAHostAndADiscipline() {
		CaseStudy c = SampleCases.stub();
		Residence residence = CasestudyFactory.eINSTANCE.createResidence();
		c.getResidences().add(residence);
		assertEquals(List.of(Literals.RESIDENCE__HOST, Literals.RESIDENCE__DISCIPLINES),
				CaseValidator.validate(c).stream().map(CaseProblem::feature).toList());
		residence.setHost("Ville de Caumont");
		residence.getDisciplines().add(Discipline.DESIGN);
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@Test
	void anExperimentIsTestedOrHasACriterion() {
		CaseStudy c = SampleCases.stub();
		Experiment experiment = CasestudyFactory.eINSTANCE.createExperiment();
		c.getExperiments().add(experiment);
		assertSame(Literals.EXPERIMENT__TEST, only(CaseValidator.validate(c)).feature());
		experiment.setSuccessCriteria("50 usagers servis");
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@Test
	void anAmountCannotBeNegative() {
		CaseStudy c = SampleCases.stub();
		Funding funding = CasestudyFactory.eINSTANCE.createFunding();
		funding.setAmountEuros(new BigDecimal("-20000"));
		c.getFundings().add(funding);
		assertSame(Literals.FUNDING__AMOUNT_EUROS, only(CaseValidator.validate(c)).feature());
	}

	@Test
	void aRelationNamesAnotherCase() {
		CaseStudy c = SampleCases.stub();
		CaseRelation relation = CasestudyFactory.eINSTANCE.createCaseRelation();
		c.getRelations().add(relation);
		assertTrue(only(CaseValidator.validate(c)).message().contains("sans cas visé"));
		relation.setTarget(c.getId());
		assertTrue(only(CaseValidator.validate(c)).message().contains("relié à lui-même"));
		relation.setTarget("TERRES");
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@Test
	void sourceIdsAreUniqueAndEvidencePointsToASourceOfTheCase() {
		CaseStudy c = SampleCases.full();
		Source copy = CasestudyFactory.eINSTANCE.createSource();
		copy.setId(c.getSources().get(0).getId());
		copy.setDocument("autre.txt");
		c.getSources().add(copy);
		assertSame(Literals.SOURCE__ID, only(CaseValidator.validate(c)).feature());
		c.getSources().remove(copy);
		Source foreign = CasestudyFactory.eINSTANCE.createSource();
		foreign.setId("s9");
		c.getActors().get(0).getEvidence().add(foreign);
		assertSame(Literals.ACTOR__EVIDENCE, only(CaseValidator.validate(c)).feature());
	}

	@ParameterizedTest
	@CsvSource({ "2013,2015", "2015,2015", "2015-03,2015", "2015,2015-01", "2015-03,2015-03-01", "2014-12-31,2015" })
	void aPeriodMayEndAfterOrWithinItsStart(String start, String end) {
		CaseStudy c = SampleCases.stub();
		c.setPeriodStart(start);
		c.setPeriodEnd(end);
		assertEquals(List.of(), CaseValidator.validate(c));
	}

	@ParameterizedTest
	@CsvSource({ "2016,2015", "2015-04,2015-03", "2016,2015-12-31", "2015-03-02,2015-03-01" })
	void aPeriodCannotEndBeforeItStarts(String start, String end) {
		CaseStudy c = SampleCases.stub();
		c.setPeriodStart(start);
		c.setPeriodEnd(end);
		CaseProblem problem = only(CaseValidator.validate(c));
		assertEquals("la fin (" + end + ") précède le début (" + start + ")", problem.message());
		assertSame(Literals.CASE_STUDY__PERIOD_END, problem.feature());
	}

	@ParameterizedTest
	@ValueSource(strings = { "avant 2015", "2015-13", "2015-02-30", "15", "2015/03" })
	void unreadableDatesAreWarnedAndNotCompared(String date) {
		CaseStudy c = SampleCases.stub();
		c.setPeriodStart(date);
		c.setPeriodEnd("1900");
		CaseProblem problem = only(CaseValidator.validate(c));
		assertEquals(Severity.WARNING, problem.severity());
		assertTrue(problem.message().startsWith("date « " + date + " » non reconnue"), problem.message());
	}

	@Test
	void phasesFollowTheSameDateRules() {
		CaseStudy c = SampleCases.stub();
		Phase phase = CasestudyFactory.eINSTANCE.createPhase();
		phase.setStart("2015-06");
		phase.setEnd("2015-01");
		c.getPhases().add(phase);
		CaseProblem problem = only(CaseValidator.validate(c));
		assertSame(phase, problem.object());
		assertSame(Literals.PHASE__END, problem.feature());
	}

	@Test
	void everySourceNamesItsDocumentEvenInAStub() {
		CaseStudy c = SampleCases.stub();
		Source source = CasestudyFactory.eINSTANCE.createSource();
		source.setQuote("une citation sans document");
		c.getSources().add(source);
		CaseProblem problem = only(CaseValidator.validate(c));
		assertEquals(Severity.ERROR, problem.severity());
		assertSame(source, problem.object());
		assertSame(Literals.SOURCE__DOCUMENT, problem.feature());
	}

	@Test
	void emfDiagnosticianReportsTheSameFindings() {
		CaseFiles.register();
		CaseStudy c = SampleCases.full();
		c.setId("mauvais id");
		c.getSources().get(0).setDocument("");
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(c);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		List<Diagnostic> children = diagnostic.getChildren();
		assertEquals(2, children.size(), children::toString);
		assertTrue(children.get(0).getMessage().startsWith("identifiant « mauvais id » invalide"));
		assertEquals(List.of(c, Literals.CASE_STUDY__ID), children.get(0).getData());
		assertEquals(List.of(c.getSources().get(0), (EStructuralFeature) Literals.SOURCE__DOCUMENT), children.get(1).getData());
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(SampleCases.full()).getSeverity());
	}

	@Test
	void severitiesHaveFrenchLabels() {
		assertEquals("erreur", Severity.ERROR.label());
		assertEquals("avertissement", Severity.WARNING.label());
	}

	private static CaseProblem only(List<CaseProblem> problems) {
		assertEquals(1, problems.size(), problems::toString);
		return problems.get(0);
	}
}
