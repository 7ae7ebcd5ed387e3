/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.essaim.ui.cases.testing.Screenshots;
import org.essaim.ui.cases.testing.UiWait;
import org.essaim.ui.cases.timeline.ProtocolLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** File › New › Case study, from a protocol of the workspace: the case starts with its phases and actors. */
class NewCaseWizardTest {

	private static CaseProject project;

	@BeforeAll
	static void copyExamples() {
		project = CaseProject.withCases();
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
	void createsACaseFromAProtocolAndOpensIt() throws Exception {
		NewCaseWizard wizard = new NewCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.project()));
		WizardDialog dialog = new WizardDialog(Editors.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		NewCasePage page = wizard.page();
		assertEquals(project.project().getName() + "/cases", page.container().getFullPath().makeRelative().toString(),
				"the project's cases folder is proposed");
		assertFalse(page.isPageComplete(), "an id and a title are needed");

		page.fill(page.container().getFullPath().makeRelative().toString(), "TERRCAMP-2", "Territoire Camp, seconde édition",
				"territoire-camp.coop");
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		java.nio.file.Path protocolFile = page.protocolFile().orElseThrow();
		Screenshots.take("new-case-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		UiWait.flushEvents();

		IFile created = wizard.created();
		assertTrue(created.exists());
		CaseStudy saved = CaseFiles.load(created.getLocation().toPath());
		Protocol protocol = ProtocolLookup.load(protocolFile).orElseThrow();
		assertEquals(protocol.getName(), saved.getProtocol());
		assertEquals(protocol.getPhases().stream().map(p -> p.getName()).toList(),
				saved.getPhases().stream().map(Phase::getPlannedPhase).toList(), "one phase per planned phase, linked to it");
		assertEquals(protocol.getActors().size(), saved.getActors().size());
		assertTrue(CaseFiles.load(created.getLocation().toPath()).getActors().stream().allMatch(a -> a.getName() != null));

		IEditorPart active = Editors.page().getActiveEditor();
		CaseEditor editor = assertInstanceOf(CaseEditor.class, active, "the new case is open");
		editor.model().set(editor.model().caseStudy(), Literals.CASE_STUDY__PERIOD_START, "2026");
		assertTrue(editor.isDirty());
		editor.undoAction().run();
		assertFalse(editor.isDirty());
		assertEquals(null, editor.model().caseStudy().getPeriodStart());
	}

	@Test
	void refusesAnIdThatIsNotOneAndAnExistingFile() {
		NewCaseWizard wizard = new NewCaseWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.project().getFolder("cases")));
		WizardDialog dialog = new WizardDialog(Editors.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			NewCasePage page = wizard.page();
			String folder = page.container().getFullPath().makeRelative().toString();
			page.fill(folder, "pas bon", "Titre", null);
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().contains("pas bon"), page.getErrorMessage());
			project.writeCase("EXISTE.case", CaseFiles.toBytes(CaseFromProtocol.empty("EXISTE", "x", java.time.LocalDate.now())));
			page.fill(folder, "EXISTE", "Titre", null);
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().contains("EXISTE.case"), page.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	@Test
	void theFileMenuOffersTheWizard() {
		org.eclipse.jface.action.MenuManager file = new org.eclipse.jface.action.MenuManager("Fichier", "file");
		file.add(new org.eclipse.jface.action.GroupMarker("new.ext"));
		org.eclipse.ui.menus.IMenuService menus = PlatformUI.getWorkbench().getService(org.eclipse.ui.menus.IMenuService.class);
		menus.populateContributionManager(file, "menu:file");
		try {
			// The workbench renders the contribution as an item of the platform's « new wizard » command.
			boolean found = java.util.Arrays.stream(file.getItems())
					.anyMatch(item -> "org.eclipse.ui.newWizard".equals(item.getId()) && item.isVisible());
			assertTrue(found, "Fichier > Nouvelle étude de cas… is in the menu: " + java.util.Arrays.toString(file.getItems()));
		} finally {
			menus.releaseContributions(file);
			file.dispose();
		}
	}

	@Test
	void protocolActorKindsMapOntoTheCaseVocabulary() {
		List<String> names = List.of("collectivite", "ess", "designer");
		for (String name : names) {
			assertEquals(name, CaseFromProtocol.kindOf(org.essaim.protocol.coop.ActorKind.getByName(name)).getName());
		}
		assertEquals("non_precise", CaseFromProtocol.kindOf(org.essaim.protocol.coop.ActorKind.getByName("institution_culturelle")).getName());
	}
}
