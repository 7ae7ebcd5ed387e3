/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.essaim.ui.cases.timeline.PlanVsRun.Planned;
import org.essaim.ui.cases.timeline.PlanVsRun.Run;
import org.essaim.ui.cases.timeline.PlanVsRun.Status;
import org.junit.jupiter.api.Test;

/** Planned phases are laid out from the first dated run phase and matched with the phases that carried them out. */
class PlanVsRunTest {

	private static final List<Planned> PLANNED = List.of(
			new Planned("appel", "Appel à candidatures", 2, List.of()),
			new Planned("hackathon", "Hackathon", 0.25, List.of("appel")),
			new Planned("suivi", "Suivi", 6, List.of("hackathon")));

	@Test
	void matchesRunPhasesWithThePlannedOnesTheyName() {
		PlanVsRun result = PlanVsRun.of(PLANNED, List.of(
				new Run("identification", "Identification", "appel", "2015-03", "2015-07"),
				new Run("evenements", "Événements", "hackathon", "2015", "2015"),
				new Run("bilan", "Bilan", null, null, null)), "2015");

		assertEquals(List.of(Status.RUN, Status.RUN, Status.NOT_RUN, Status.ADDED),
				result.rows().stream().map(PlanVsRun.Row::status).toList());
		assertEquals("Suivi", result.rows().get(2).planned());
		assertEquals("2015-03 → 2015-07", result.rows().get(0).runDates());
		assertEquals("2015", result.rows().get(1).runDates());
		assertEquals(Status.NOT_RUN, result.planned().get(2).status());
		assertEquals(Status.ADDED, result.run().get(2).status());
	}

	@Test
	void plannedPhasesStartAtTheFirstDatedRunPhaseAndFollowTheirOrder() {
		PlanVsRun result = PlanVsRun.of(PLANNED, List.of(new Run("a", "A", "appel", "2015-03", "2015-07")), null);

		double march2015 = 2015 * 12 + 2;
		assertEquals(march2015, result.planned().get(0).start(), 1e-9);
		assertEquals(march2015 + 2, result.planned().get(1).start(), 1e-9, "after appel");
		assertEquals(march2015 + 2.25, result.planned().get(2).start(), 1e-9, "after hackathon");
		assertEquals(2015 * 12 + 7, result.run().get(0).end(), 1e-9, "a month ends at the end of that month");
		assertEquals(2015 * 12, result.from(), 1e-9);
		assertEquals(2016 * 12, result.to(), 1e-9);
	}

	@Test
	void undatedRunPhasesFollowThePreviousOneAndAreMarkedAsGuessed() {
		PlanVsRun result = PlanVsRun.of(List.of(), List.of(
				new Run("a", "A", null, "2013", "2013"),
				new Run("b", "B", null, null, null)), null);

		assertTrue(result.run().get(0).dated());
		assertFalse(result.run().get(1).dated());
		assertEquals(2014 * 12, result.run().get(1).start(), 1e-9);
		assertEquals(List.of(Status.ADDED, Status.ADDED), result.rows().stream().map(PlanVsRun.Row::status).toList());
	}

	@Test
	void aRunPhaseNamingAPhaseTheProtocolLacksIsOutsideIt() {
		PlanVsRun result = PlanVsRun.of(PLANNED, List.of(new Run("x", "X", "inconnue", "2020", null)), null);

		assertEquals(Status.ADDED, result.rows().get(result.rows().size() - 1).status());
		assertEquals(3, result.rows().stream().filter(row -> row.status() == Status.NOT_RUN).count());
	}

	@Test
	void datesOfEveryPrecisionBeginAndEndWhereTheyShould() {
		assertEquals(2015 * 12.0, Dates.start("2015").orElseThrow(), 1e-9);
		assertEquals(2016 * 12.0, Dates.end("2015").orElseThrow(), 1e-9);
		assertEquals(2015 * 12.0 + 2, Dates.start("2015-03").orElseThrow(), 1e-9);
		assertEquals(2015 * 12.0 + 3, Dates.end("2015-03").orElseThrow(), 1e-9);
		assertTrue(Dates.start("vers 2015").isEmpty());
		assertEquals("→ 2015-07", Dates.span(null, "2015-07").strip());
	}
}
