/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.application.CapitalisationPerspective;
import org.essaim.ui.application.ProtocolesPerspective;
import org.essaim.ui.application.PublicationPerspective;
import org.essaim.ui.application.WelcomeView;
import org.essaim.ui.workspace.WorkspaceProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: walks through the perspectives and the protocol editor and saves screenshots of the whole display
 * ({@code import -window root}) into the folder named by -Dessaim.screenshots (see the pom), for people to look at.
 */
@EnabledIfSystemProperty(named = "essaim.screenshots", matches = ".+")
class ScreenshotTour {

	private static void settle(long millis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	private static void shot(String name) throws Exception {
		settle(1500);
		Path folder = Path.of(System.getProperty("essaim.screenshots"));
		Files.createDirectories(folder);
		Process process = new ProcessBuilder("import", "-window", "root", folder.resolve(name + ".png").toString()).inheritIO().start();
		while (process.isAlive()) {
			settle(50);
		}
	}

	@Test
	void tour() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1600, 1000);
		IWorkbenchPage page = window.getActivePage();

		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window);
		page.showView(WelcomeView.ID);
		shot("1-bienvenue-capitalisation");
		page.hideView(page.findView(WelcomeView.ID));

		PlatformUI.getWorkbench().showPerspective(ProtocolesPerspective.ID, window);
		ProtocolEditor editor = (ProtocolEditor) IDE.openEditor(page,
				WorkspaceProject.current().orElseThrow().getFile("protocols/territoire-camp.coop"), ProtocolEditor.ID);
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		IDocument document = editor.document();
		int at = document.get().indexOf("participants participants_hackathon") + "participants ".length();
		document.replace(at, 0, "chef_de_projt, ");
		editor.selectAndReveal(at, 0);
		settle(2500);
		page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		shot("2-protocoles-erreur-et-plan");

		int assistAt = document.get().indexOf("participants collectivite, chef_de_projet") + "participants ".length();
		document.replace(assistAt, 0, "c");
		editor.selectAndReveal(assistAt + 1, 0);
		ISourceViewer viewer = editor.viewer();
		((SourceViewer) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		shot("3-protocoles-completion");
		page.closeAllEditors(false);

		PlatformUI.getWorkbench().showPerspective(PublicationPerspective.ID, window);
		shot("4-publication");

		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window);
		org.essaim.ui.application.EssaimPreferencePageAccess.applyDarkTheme();
		PlatformUI.getWorkbench().showPerspective(ProtocolesPerspective.ID, window);
		IDE.openEditor(page, WorkspaceProject.current().orElseThrow().getFile("protocols/territoire-camp.coop"), ProtocolEditor.ID);
		settle(2500);
		shot("5-theme-sombre");
		page.closeAllEditors(false);
		org.essaim.ui.application.EssaimPreferencePageAccess.applyLightTheme();
		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window);
	}
}
