/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.essaim.ui.application.CapitalisationPerspective;
import org.essaim.ui.application.PublicationPerspective;
import org.essaim.ui.publish.PreviewView;
import org.essaim.ui.publish.Publication;
import org.essaim.ui.publish.PublishMarkers;
import org.essaim.ui.publish.PublishOutcome;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publishing from the workbench: the command, the preview, warnings as problem markers, republishing on save. */
class PublishWorkflowTest {

	private static final String COMMAND = "org.essaim.ui.publish.publish";

	private final List<PublishOutcome> outcomes = new CopyOnWriteArrayList<>();
	private final Consumer<PublishOutcome> recorder = outcomes::add;
	private IProject copy;
	private Path copyFolder;

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}

	@BeforeAll
	static void inPublicationPerspective() throws Exception {
		PlatformUI.getWorkbench().showPerspective(PublicationPerspective.ID, window());
		UiWait.flushEvents();
	}

	@AfterAll
	static void backToCapitalisation() throws Exception {
		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window());
		UiWait.flushEvents();
	}

	@BeforeEach
	void record() {
		Publication.addListener(recorder);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Publication.removeListener(recorder);
		UiWait.jobsDone(Publication.FAMILY);
		Publication.choose(null);
		if (copy != null) {
			copy.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			deleteTree(copyFolder);
		}
	}

	@Test
	void publishCommandPublishesTheExamplesAndShowsThePreview() throws Exception {
		IHandlerService handlers = window().getService(IHandlerService.class);
		handlers.executeCommand(COMMAND, null);
		UiWait.until("a publication", () -> !outcomes.isEmpty() && noPublicationRunning());
		assertEquals(1, outcomes.size(), "one publication for one command (the preview opening waits for it)");
		PublishOutcome outcome = outcomes.get(0);
		assertTrue(outcome.succeeded(), () -> "publication failed: " + outcome.failure());
		assertTrue(Files.isRegularFile(outcome.index()), "index.html at " + outcome.index());
		assertTrue(Files.readString(outcome.index()).contains("<html"), "an HTML page");
		assertTrue(outcome.pages() > 10, "pages of the examples: " + outcome.pages());
		System.out.printf("publication: Publish command on the examples %d ms (%d pages, %d rendered, %d unchanged, %d warnings)%n", outcome.millis(),
				outcome.pages(), outcome.rendered(), outcome.unchanged(), outcome.warnings().size());
		assertFalse(outcome.index().startsWith(Examples.folder()), "nothing written into the user's folder");

		IProject project = Publication.project().orElseThrow();
		assertEquals(outcome.warnings().size(), PublishMarkers.current(project).size(), "one marker per warning: " + outcome.warnings());

		PreviewView preview = (PreviewView) page().findView(PreviewView.ID);
		assertNotNull(preview, "the preview opens with the command");
		List<String> besidePreview = java.util.Arrays.stream(page().getViewStack(preview)).map(v -> v.getViewSite().getId()).toList();
		assertFalse(besidePreview.contains(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW), "the preview has its own place, right of the editors: " + besidePreview);
		UiWait.flushEvents();
		if (!preview.hasBrowser()) {
			assertTrue(preview.statusText().contains("WebKitGTK"), "says why there is no preview: " + preview.statusText());
			assertTrue(preview.offersExternalBrowser(), "offers the system browser");
		}
		screenshot("publication-apercu.png");
	}

	@Test
	void warningsBecomeMarkersOnTheirFileAndGoAwayWhenTheFileIsFixed() throws Exception {
		copy = copyOfExamples();
		Publication.choose(copy);
		page().showView(PreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		UiWait.jobsDone(Publication.FAMILY);
		IFile chapter = copy.getFile("guide/90-essai.adoc");
		chapter.create(utf8("= Essai\n\nVoir <<nulle-part,une section absente>>.\n\ninclude::absent.adoc[]\n"), true, null);
		outcomes.clear();
		Publication.publish();
		UiWait.until("a publication with warnings", () -> !outcomes.isEmpty() && noPublicationRunning());
		PublishOutcome broken = outcomes.get(outcomes.size() - 1);
		assertTrue(broken.succeeded(), () -> "publication failed: " + broken.failure());
		List<IMarker> onChapter = List.of(chapter.findMarkers(PublishMarkers.TYPE, false, IResource.DEPTH_ZERO));
		assertFalse(onChapter.isEmpty(), "markers on the chapter; warnings: " + broken.warnings());
		assertTrue(onChapter.stream().anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == 5), "the include's line");
		assertTrue(onChapter.stream().allMatch(m -> m.getAttribute(IMarker.MESSAGE, "").length() > 0), "messages");
		org.eclipse.ui.IViewPart problems = page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
		if (problems.getSite().getSelectionProvider() instanceof org.eclipse.jface.viewers.AbstractTreeViewer tree) {
			long until = System.currentTimeMillis() + 1500; // the view fills its tree in a job of its own
			UiWait.until("the problems view", () -> System.currentTimeMillis() > until);
			tree.expandAll(); // for the screenshot: the markers themselves, not only their groups
		}
		screenshot("publication-problemes.png");

		// a save of the fixed chapter publishes again by itself (the preview listens) and clears its markers
		outcomes.clear();
		chapter.setContents(utf8("= Essai\n\nUn chapitre sans renvoi cassé.\n"), IResource.KEEP_HISTORY, null);
		UiWait.until("a republication after the save", () -> !outcomes.isEmpty() && noPublicationRunning());
		PublishOutcome fixed = outcomes.get(outcomes.size() - 1);
		assertTrue(fixed.succeeded());
		assertTrue(fixed.unchanged() > 0, "incremental: unchanged pages " + fixed.unchanged());
		assertEquals(0, chapter.findMarkers(PublishMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "markers cleared");
		System.out.printf("publication: copy with a broken chapter %d ms, republish after a save %d ms (%d rendered, %d unchanged)%n", broken.millis(),
				fixed.millis(), fixed.rendered(), fixed.unchanged());
	}

	private static boolean noPublicationRunning() {
		return org.eclipse.core.runtime.jobs.Job.getJobManager().find(Publication.FAMILY).length == 0;
	}

	private IProject copyOfExamples() throws IOException, CoreException {
		copyFolder = Files.createTempDirectory("essaim-publication");
		Path source = Examples.folder();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path relative = source.relativize(file);
				if (relative.toString().equals(".project")) {
					continue;
				}
				Path target = copyFolder.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		Files.createDirectories(copyFolder.resolve("guide"));
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription("essai-publication");
		description.setLocationURI(copyFolder.toUri());
		IProject project = workspace.getRoot().getProject("essai-publication");
		project.create(description, null);
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	private static ByteArrayInputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void deleteTree(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** With -Dessaim.screenshots=<folder>, the whole display as people see it (import -window root). */
	private static void screenshot(String name) throws Exception {
		String folder = System.getProperty("essaim.screenshots", "");
		if (folder.isBlank()) {
			return;
		}
		for (int i = 0; i < 20; i++) {
			UiWait.flushEvents();
			Thread.sleep(50);
		}
		Files.createDirectories(Path.of(folder));
		Process shot = new ProcessBuilder("import", "-window", "root", Path.of(folder, name).toString()).inheritIO().start();
		shot.waitFor();
	}
}
