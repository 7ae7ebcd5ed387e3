/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.essaim.ui.cases.testing.UiWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the largest example case takes to open and how long one edit takes end to end (command,
 * validation, refresh of every built page). A measurement for the closing note, not a timed test: it only
 * checks that the edits happened.
 */
class CaseEditorSpeedTest {

	private static final String LARGEST = "27E.case";
	private static final int EDITS = 200;

	private static CaseProject project;

	@BeforeAll
	static void copyExamples() {
		project = CaseProject.withCases(LARGEST);
	}

	@AfterAll
	static void deleteCopies() {
		Editors.closeAll();
		project.close();
	}

	@Test
	void measuresOpeningAndEditing() {
		Editors.open(project.caseFile(LARGEST)); // warm-up: classes, fonts, images
		Editors.closeAll();

		long start = System.nanoTime();
		CaseEditor editor = Editors.open(project.caseFile(LARGEST));
		long opened = System.nanoTime() - start;

		for (String pageId : new String[] { "org.essaim.ui.cases.actors", "org.essaim.ui.cases.phases",
				"org.essaim.ui.cases.sources", XmiPage.ID, OverviewPage.ID }) {
			editor.setActivePage(pageId); // build the pages an edit has to refresh
		}
		UiWait.flushEvents();
		double field = perEdit(editor, Literals.CASE_STUDY__PERIOD_TEXT);
		double title = perEdit(editor, Literals.CASE_STUDY__TITLE);

		System.out.println(String.format(Locale.ROOT,
				"[speed] case editor, %s: open %.1f ms; one edit on the overview (command + validation + refresh): "
						+ "a field %.2f ms, the title (heading laid out again) %.2f ms",
				LARGEST, opened / 1e6, field, title));
	}

	private static double perEdit(CaseEditor editor, org.eclipse.emf.ecore.EAttribute attribute) {
		long start = System.nanoTime();
		for (int i = 0; i < EDITS; i++) {
			editor.model().set(editor.model().caseStudy(), attribute, "Valeur " + i);
		}
		long elapsed = System.nanoTime() - start;
		assertEquals("Valeur " + (EDITS - 1), editor.model().caseStudy().eGet(attribute));
		return elapsed / 1e6 / EDITS;
	}
}
