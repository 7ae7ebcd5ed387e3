/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.essaim.ui.cases.testing.Screenshots;
import org.essaim.ui.cases.testing.UiWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The « Prévu / réalisé » page reads the case's protocol from the workspace and sets its phases beside the run ones. */
class PlanVsRunPageTest {

	private static CaseProject project;

	@BeforeAll
	static void copyExamples() {
		project = CaseProject.withCases("TERRCAMP.case");
	}

	@AfterAll
	static void deleteCopies() {
		project.close();
	}

	@AfterEach
	void closeEditors() {
		Editors.closeAll();
	}

	@Test
	void showsTheProtocolPhasesBesideThePhasesRun() {
		CaseEditor editor = Editors.open(project.caseFile("TERRCAMP.case"));
		editor.setActivePage(PlanVsRunPage.ID);
		PlanVsRunPage page = (PlanVsRunPage) editor.getActivePageInstance();

		UiWait.until("the protocol " + editor.model().caseStudy().getProtocol(), page::protocolFound);

		PlanVsRun shown = page.shown();
		assertTrue(shown.planned().size() >= 2, "the protocol's phases are shown: " + shown.planned());
		assertEquals(editor.model().caseStudy().getPhases().size(), shown.run().size());
		assertTrue(shown.rows().stream().anyMatch(row -> row.status() == PlanVsRun.Status.RUN
				&& "identification".equals(shown.run().get(0).name())), "the run phase « identification » carried out « appel »");
		Screenshots.take("case-editor-plan-vs-run");

		// A change of the phases shows at once.
		editor.model().set(editor.model().caseStudy().getPhases().get(0),
				org.essaim.model.casestudy.CasestudyPackage.Literals.PHASE__PLANNED_PHASE, null);
		assertEquals(PlanVsRun.Status.ADDED, page.shown().run().get(0).status());
	}
}
