/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.essaim.ui.cases.testing.Screenshots;
import org.essaim.ui.cases.testing.UiWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The case form editor on copies of example cases: edit, undo/redo, save, validation, broken files, raw XMI. */
class CaseEditorTest {

	private static final String CASE = "TERRCAMP.case";

	private static CaseProject project;

	@BeforeAll
	static void copyExamples() {
		project = CaseProject.withCases(CASE, "PTCE-2011.case");
	}

	@AfterAll
	static void deleteCopies() {
		project.close();
	}

	@AfterEach
	void closeEditors() {
		Editors.closeAll();
	}

	private static TextField titleField(CaseEditor editor) {
		Field field = editor.field(editor.model().caseStudy(), Literals.CASE_STUDY__TITLE).orElseThrow();
		return assertInstanceOf(TextField.class, field);
	}

	@Test
	void opensOnTheOverviewWithTheCaseValues() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();

		assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId());
		assertEquals(caseStudy.getTitle(), ((org.eclipse.swt.widgets.Text) titleField(editor).control()).getText());
		assertFalse(editor.isDirty());
		Screenshots.take("case-editor-overview");
	}

	@Test
	void aTitleTypedInTheFormIsOneUndoableCommand() throws Exception {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();
		String original = caseStudy.getTitle();
		org.eclipse.swt.widgets.Text text = (org.eclipse.swt.widgets.Text) titleField(editor).control();

		titleField(editor).type("Territoire Camp, édition de test");
		assertEquals("Territoire Camp, édition de test", caseStudy.getTitle());
		assertTrue(editor.isDirty());
		assertEquals("Annuler la modification de « Titre »", editor.undoAction().getText(), "the Edit menu names the change");

		// Through the workbench's Undo command (Ctrl+Z, Edit menu), not only the editor's action.
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		UiWait.flushEvents();
		assertEquals(original, caseStudy.getTitle());
		assertEquals(original, text.getText(), "the form follows the undo");
		assertFalse(editor.isDirty(), "undoing the only change makes the editor clean again");

		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		UiWait.flushEvents();
		assertEquals("Territoire Camp, édition de test", caseStudy.getTitle());
		assertEquals("Territoire Camp, édition de test", text.getText());
		assertTrue(editor.isDirty());
	}

	@Test
	void typingPausedIsCommittedWithoutLeavingTheField() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		org.eclipse.swt.widgets.Text text = (org.eclipse.swt.widgets.Text) titleField(editor).control();

		text.setText("Titre tapé");
		UiWait.until("the typing to become a command", () -> "Titre tapé".equals(editor.model().caseStudy().getTitle()));
		assertTrue(editor.undoAction().isEnabled());
	}

	@Test
	void saveWritesTheWholeFileAtomically() throws Exception {
		IFile file = project.caseFile("PTCE-2011.case");
		CaseEditor editor = Editors.open(file);
		Path path = file.getLocation().toPath();

		titleField(editor).type("PTCE, titre enregistré");
		editor.doSave(new NullProgressMonitor());

		assertFalse(editor.isDirty());
		assertEquals("PTCE, titre enregistré", CaseFiles.load(path).getTitle());
		assertArrayEquals(CaseFiles.toBytes(editor.model().caseStudy()), Files.readAllBytes(path), "the file is exactly what the model writes");
		try (Stream<Path> siblings = Files.list(path.getParent())) {
			assertEquals(List.of(path.getFileName().toString()),
					siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("PTCE")).toList(),
					"no temporary file is left beside the case");
		}
		assertTrue(file.isSynchronized(0), "the workspace sees the new content");
	}

	@Test
	void anInvalidValueIsDecoratedOnItsFieldAndInTheHeader() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();
		Field id = editor.field(caseStudy, Literals.CASE_STUDY__ID).orElseThrow();
		assertFalse(id.isDecorated());

		((TextField) id).type("pas un identifiant");

		assertTrue(id.isDecorated(), "the id field shows the validator's finding");
		assertTrue(id.problemText().contains("pas un identifiant"), id.problemText());
		assertEquals(IMessageProvider.ERROR, editor.getActivePageInstance().getManagedForm().getForm().getMessageType());
		Screenshots.take("case-editor-validation");

		editor.undoAction().run();
		assertFalse(id.isDecorated(), "undoing the bad value clears the decoration");
	}

	@Test
	void aNumberThatDoesNotParseIsRefusedOnTheField() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();
		editor.setActivePage(OverviewPage.ID);
		if (caseStudy.getTerritories().isEmpty()) {
			return; // the example has a territory; without one there is no population field to type in
		}
		Field population = editor.field(caseStudy.getTerritories().get(0), Literals.TERRITORY__POPULATION).orElse(null);
		if (population == null) {
			return;
		}
		((TextField) population).type("beaucoup");
		assertTrue(population.isDecorated());
		assertFalse(editor.isDirty(), "nothing reached the model");
	}

	@Test
	void actorsAreAddedAndEditedInTheMasterDetailsPage() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();
		int before = caseStudy.getActors().size();
		editor.setActivePage("org.essaim.ui.cases.actors");
		ElementsPage actors = (ElementsPage) editor.getActivePageInstance();

		Actor added = (Actor) actors.addElement();
		UiWait.flushEvents();
		Field name = editor.field(added, Literals.ACTOR__NAME).orElseThrow(() -> new AssertionError("details of the new actor"));
		((TextField) name).type("Mairie de test");

		assertEquals(before + 1, caseStudy.getActors().size());
		assertEquals("Mairie de test", added.getName());
		Screenshots.take("case-editor-actors");

		editor.undoAction().run();
		editor.undoAction().run();
		assertEquals(before, caseStudy.getActors().size(), "both the name and the addition are undone");
		assertFalse(editor.isDirty());
	}

	@Test
	void aBrokenFileOpensOnAnExplanationAndIsNeverWritten() throws Exception {
		byte[] broken = Files.readAllBytes(CaseProject.examples().resolve("cases").resolve(CASE));
		byte[] truncated = java.util.Arrays.copyOf(broken, broken.length / 2);
		IFile file = project.writeCase("CASSE.case", truncated);

		CaseEditor editor = Editors.open(file);

		assertTrue(editor.loadProblem().isPresent());
		BrokenFilePage page = (BrokenFilePage) editor.getActivePageInstance();
		String explanation = page.explanation();
		assertTrue(explanation.contains("CASSE.case"), explanation);
		assertTrue(explanation.contains("ligne " + editor.loadProblem().get().getLine()), explanation);
		assertTrue(editor.loadProblem().get().getLine() > 0);
		assertFalse(editor.isDirty());
		Screenshots.take("case-editor-broken");
		editor.doSave(new NullProgressMonitor());
		assertArrayEquals(truncated, Files.readAllBytes(file.getLocation().toPath()), "the broken file is left as it was");
	}

	@Test
	void aCleanEditorFollowsAChangeOnDiskAndADirtyOneKeepsItsWork() throws Exception {
		IFile file = project.caseFile(CASE);
		CaseEditor editor = Editors.open(file);
		Path path = file.getLocation().toPath();
		CaseStudy onDisk = CaseFiles.load(path);

		onDisk.setTitle("Titre changé par un autre outil");
		project.writeCase(CASE, CaseFiles.toBytes(onDisk));
		UiWait.until("the editor to reload", () -> "Titre changé par un autre outil".equals(editor.model().caseStudy().getTitle()));
		assertFalse(editor.isDirty());
		assertFalse(editor.undoAction().isEnabled(), "a reload is not an edit to undo");

		titleField(editor).type("Titre de l’éditeur");
		onDisk.setTitle("Seconde version externe");
		project.writeCase(CASE, CaseFiles.toBytes(onDisk));
		UiWait.flushEvents();
		assertEquals("Titre de l’éditeur", editor.model().caseStudy().getTitle(), "unsaved work is never replaced");
		assertTrue(editor.isDirty());
	}

	@Test
	void theXmiPageShowsWhatASaveWritesAndAppliesEdits() {
		CaseEditor editor = Editors.open(project.caseFile(CASE));
		CaseStudy caseStudy = editor.model().caseStudy();
		editor.setActivePage(XmiPage.ID);
		XmiPage xmi = (XmiPage) editor.getActivePageInstance();
		String text = xmi.text().getText();
		assertEquals(new String(CaseFiles.toBytes(caseStudy), StandardCharsets.UTF_8), text);

		xmi.text().setText(text.replaceFirst("title=\"[^\"]*\"", "title=\"Titre venu du XMI\""));
		assertTrue(editor.isDirty(), "unapplied text counts as a change");
		assertTrue(xmi.apply());
		assertEquals("Titre venu du XMI", caseStudy.getTitle());

		xmi.text().setText("<casestudy:CaseStudy");
		assertFalse(xmi.apply());
		assertTrue(xmi.getManagedForm().getForm().getMessage().contains("ligne"), xmi.getManagedForm().getForm().getMessage());
		assertEquals("Titre venu du XMI", caseStudy.getTitle(), "a text that does not parse changes nothing");
		Screenshots.take("case-editor-xmi");

		xmi.forgetEdits();
		editor.undoAction().run();
		assertNotNull(caseStudy.getTitle());
		assertFalse("Titre venu du XMI".equals(caseStudy.getTitle()), "applying the XMI is undoable");
	}
}
