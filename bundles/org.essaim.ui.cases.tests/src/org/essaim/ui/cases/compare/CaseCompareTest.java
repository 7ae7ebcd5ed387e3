/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.essaim.ui.cases.testing.Screenshots;
import org.essaim.ui.cases.testing.UiWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two cases side by side in the Compare editor, matched field by field rather than line by line. */
class CaseCompareTest {

	private static CaseProject project;

	@BeforeAll
	static void copyExamples() {
		project = CaseProject.withCases("TERRCAMP.case", "PTCE-2011.case");
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
	void aCaseEqualsItselfFieldByField() throws Exception {
		Path file = project.caseFile("TERRCAMP.case").getLocation().toPath();
		assertNull(CaseCompareInput.differences(file, file, new NullProgressMonitor()));
	}

	@Test
	void aChangedTitleAndAnAddedActorAreTheOnlyDifferences() throws Exception {
		Path left = project.caseFile("TERRCAMP.case").getLocation().toPath();
		CaseStudy changed = CaseFiles.load(left);
		changed.setTitle("Un autre titre");
		org.essaim.model.casestudy.Actor actor = org.essaim.model.casestudy.CasestudyFactory.eINSTANCE.createActor();
		actor.setName("Nouvel acteur");
		changed.getActors().add(actor);
		Path right = project.writeCase("TERRCAMP-B.case", CaseFiles.toBytes(changed)).getLocation().toPath();

		DiffNode root = (DiffNode) CaseCompareInput.differences(left, right, new NullProgressMonitor());

		List<String> leaves = new ArrayList<>();
		collect(root, "", leaves);
		assertEquals(List.of("/title", "/actors/name:Nouvel acteur"), leaves);
	}

	private static void collect(IDiffElement element, String path, List<String> leaves) {
		if (element instanceof DiffNode node) {
			CaseNode side = (CaseNode) (node.getLeft() != null ? node.getLeft() : node.getRight());
			String here = node == null || side == null || "case".equals(side.key()) ? path : path + "/" + side.key();
			if (node.getChildren().length == 0) {
				leaves.add(here);
			}
			for (IDiffElement child : node.getChildren()) {
				collect(child, here, leaves);
			}
		}
	}

	@Test
	void theCompareCommandOpensTheCompareEditorOnTwoSelectedCases() throws Exception {
		StructuredSelection selection = new StructuredSelection(
				List.of(project.caseFile("TERRCAMP.case"), project.caseFile("PTCE-2011.case")));
		assertEquals(2, CompareCasesHandler.caseFiles(selection).size());

		Path left = project.caseFile("TERRCAMP.case").getLocation().toPath();
		CaseStudy revised = CaseFiles.load(left);
		revised.setTitle("Territoires Camps : version relue");
		revised.setSummary("Résumé réécrit après relecture.");
		Path right = project.writeCase("TERRCAMP-RELU.case", CaseFiles.toBytes(revised)).getLocation().toPath();
		CompareCasesHandler.open(left, right);
		UiWait.until("the Compare editor", () -> Editors.page().getEditorReferences().length == 1
				&& Editors.page().getEditorReferences()[0].getEditor(false) != null);
		IEditorReference reference = Editors.page().getEditorReferences()[0];
		CaseCompareInput input = (CaseCompareInput) reference.getEditor(false).getEditorInput();
		UiWait.until("the differences", () -> input.getCompareResult() != null);
		assertNotNull(input.getCompareResult());
		input.getNavigator().selectChange(true); // as the « next difference » button: shows the two values below
		UiWait.flushEvents();
		Screenshots.take("case-compare");
	}
}
