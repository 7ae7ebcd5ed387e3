/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.testing.CaseProject;
import org.essaim.ui.cases.testing.Editors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dirty case editors are copied to the recovery area, and a copy left by a crash restores into the editor. */
class RecoveryTest {

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
	void aDirtyEditorIsCopiedAndTheCopyGoesWhenItIsSaved() throws Exception {
		IFile file = project.caseFile("TERRCAMP.case");
		Path path = file.getLocation().toPath();
		CaseEditor editor = Editors.open(file);
		RecoveryArea area = AutoSaver.instance().area();
		assertEquals(0, AutoSaver.instance().saveNow(), "a clean editor needs no copy");

		editor.model().set(editor.model().caseStudy(), Literals.CASE_STUDY__TITLE, "Titre non enregistré");
		assertEquals(1, AutoSaver.instance().saveNow());

		RecoveryArea.Recovered copy = area.find(path).orElseThrow();
		assertEquals("Titre non enregistré", CaseFiles.load(copy.copy()).getTitle());
		assertFalse(new String(Files.readAllBytes(path)).contains("Titre non enregistré"), "the file itself is untouched");

		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(area.find(path).isEmpty(), "a save drops the copy");
	}

	@Test
	void theStartupOfferListsTheCopiesAndLaterKeepsThem() throws Exception {
		Path path = project.caseFile("TERRCAMP.case").getLocation().toPath();
		RecoveryArea area = AutoSaver.instance().area();
		area.write(path, Files.readAllBytes(path));
		RestoreDialog dialog = new RestoreDialog(Editors.page().getWorkbenchWindow(), area);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			org.essaim.ui.cases.testing.Screenshots.take("recovery-offer");
		} finally {
			dialog.close(); // « Plus tard »: the copies stay for the next start
		}
		assertTrue(area.find(path).isPresent());
		area.discard(path);
	}

	@Test
	void aCopyLeftByACrashIsRestoredUnsavedAndUndoable() throws Exception {
		IFile file = project.caseFile("TERRCAMP.case");
		Path path = file.getLocation().toPath();
		RecoveryArea area = AutoSaver.instance().area();
		CaseStudy before = CaseFiles.load(path);
		CaseStudy unsaved = CaseFiles.load(path);
		unsaved.setTitle("Titre d’avant la panne");
		area.write(path, CaseFiles.toBytes(unsaved));

		List<CaseEditor> restored = new Restorer(Editors.page(), area).restore(area.find(path).stream().toList());

		assertEquals(1, restored.size());
		CaseEditor editor = restored.get(0);
		assertEquals("Titre d’avant la panne", editor.model().caseStudy().getTitle());
		assertTrue(editor.isDirty(), "the restored content waits for the user to save it");
		assertEquals(before.getTitle(), CaseFiles.load(path).getTitle(), "nothing was written to the file");
		assertTrue(area.find(path).isEmpty(), "the copy is consumed");
		editor.undoAction().run();
		assertEquals(before.getTitle(), editor.model().caseStudy().getTitle());
	}
}
