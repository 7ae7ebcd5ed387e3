/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.essaim.ui.workspace.WorkspaceProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The protocol editor in the real workbench: problems while typing, completion, F3, hover, outline, format, quick fix. */
class ProtocolEditorTest {

	private static final String PROTOCOL = "protocols/territoire-camp.coop";

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		UiWait.jobsDone(WorkspaceProtocolsValidation.FAMILY);
	}

	private static IFile file(String relative) {
		return WorkspaceProject.current().orElseThrow().getFile(relative);
	}

	private static ProtocolEditor open(String relative) throws Exception {
		IEditorPart editor = IDE.openEditor(page(), file(relative));
		assertTrue(editor instanceof ProtocolEditor, "opened with " + editor);
		UiWait.flushEvents();
		return (ProtocolEditor) editor;
	}

	private static List<IMarker> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	private static void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		UiWait.flushEvents();
	}

	@Test
	void anErrorTypedShowsAMarkerThatGoesAwayOnceFixed() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		IFile file = file(PROTOCOL);
		IDocument document = editor.document();
		UiWait.until("the first analysis", () -> editor.model().issuesOf(document.get()).isPresent());
		assertEquals(List.of(), errors(file), "the example has no error");

		int insertAt = document.get().indexOf("participants participants_hackathon") + "participants ".length();
		document.replace(insertAt, 0, "inconnu_total, ");
		UiWait.until("an error marker on the unknown name", () -> {
			try {
				return errors(file).stream().anyMatch(marker -> marker.getAttribute(IMarker.CHAR_START, -1) == insertAt);
			} catch (CoreException e) {
				return false;
			}
		});
		IMarker marker = errors(file).get(0);
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("inconnu_total"), marker.getAttribute(IMarker.MESSAGE, ""));

		document.replace(insertAt, "inconnu_total, ".length(), "");
		UiWait.until("no error marker once fixed", () -> {
			try {
				return errors(file).isEmpty();
			} catch (CoreException e) {
				return false;
			}
		});
		assertFalse(editor.isDirty() && !document.get().equals(editor.text()));
	}

	@Test
	void completionProposesTheDeclaredActorsAfterParticipants() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		IDocument document = editor.document();
		int at = document.get().indexOf("participants collectivite, chef_de_projet") + "participants ".length();
		document.replace(at, 0, "chef");
		ICompletionProposal[] proposals = new ProtocolCompletionProcessor(editor).computeCompletionProposals(editor.viewer(), at + 4);
		List<String> names = Arrays.stream(proposals).map(proposal -> ((ProtocolProposal) proposal).replacement()).toList();
		assertTrue(names.contains("chef_de_projet"), "proposals: " + names);
		assertFalse(names.contains("etalab"), "the prefix filters: " + names);

		ProtocolProposal chosen = (ProtocolProposal) Arrays.stream(proposals)
				.filter(proposal -> ((ProtocolProposal) proposal).replacement().equals("chef_de_projet")).findFirst().orElseThrow();
		chosen.apply(editor.viewer(), (char) 0, 0, at + 4);
		assertTrue(document.get().substring(at).startsWith("chef_de_projetcollectivite"), document.get().substring(at, at + 40));
	}

	@Test
	void completionOpensByItselfAfterThreeLetters() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		ProtocolCompletionProcessor processor = new ProtocolCompletionProcessor(editor);
		IDocument document = editor.document();
		int at = document.get().indexOf("\tphase appel");
		document.replace(at, 0, "ph");
		assertTrue(processor.isCompletionProposalAutoActivation('a', editor.viewer(), at + 2), "third letter");
		assertFalse(processor.isCompletionProposalAutoActivation('h', editor.viewer(), at + 1), "second letter");
	}

	@Test
	void f3GoesToTheDeclarationInThisFileAndInTheLibrary() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		String text = editor.document().get();
		UiWait.until("the first analysis", () -> editor.model().issuesOf(editor.document().get()).isPresent());
		int reference = text.indexOf("après preparation") + "après ".length() + 2;
		editor.selectAndReveal(reference, 0);
		execute(ProtocolEditor.COMMAND_OPEN_DECLARATION);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("phase preparation") + "phase ".length(), selection.getOffset());
		assertEquals("preparation".length(), selection.getLength());

		editor.selectAndReveal(text.indexOf("méthode hackathon") + "méthode ".length() + 1, 0);
		execute(ProtocolEditor.COMMAND_OPEN_DECLARATION);
		IEditorPart library = page().getActiveEditor();
		assertTrue(library instanceof ProtocolEditor, "active editor " + library);
		ProtocolEditor methods = (ProtocolEditor) library;
		assertEquals("methodes.coop", methods.file().getName());
		ITextSelection inLibrary = (ITextSelection) methods.getSelectionProvider().getSelection();
		assertEquals("hackathon", methods.document().get(inLibrary.getOffset(), inLibrary.getLength()));
	}

	@Test
	void hoverShowsTheDocumentationComment() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		String text = editor.document().get();
		int reference = text.indexOf("etalab comme") + 2;
		String hover = new ProtocolHover(editor).getHoverInfo(editor.viewer(), new ProtocolHover(editor).getHoverRegion(editor.viewer(), reference));
		assertNotNull(hover);
		assertTrue(hover.contains("coache ce chef de projet"), hover);
	}

	@Test
	void namesAreColouredByWhatTheyStandFor() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		StyledText widget = editor.viewer().getTextWidget();
		String text = editor.document().get();
		int actor = text.indexOf("etalab comme");
		int phase = text.indexOf("après appel") + "après ".length();
		try {
			UiWait.until("semantic colours", () -> {
			StyleRange actorStyle = widget.getStyleRangeAtOffset(actor);
			StyleRange phaseStyle = widget.getStyleRangeAtOffset(phase);
			return actorStyle != null && phaseStyle != null && actorStyle.foreground != null && phaseStyle.foreground != null
					&& !actorStyle.foreground.getRGB().equals(phaseStyle.foreground.getRGB());
			});
		} catch (AssertionError e) {
			org.eclipse.jface.text.IDocument document = editor.document();
			throw new AssertionError("positions " + Arrays.toString(document.getPositionCategories()) + " "
					+ (document.containsPositionCategory("org.essaim.ui.protocol.semantic")
							? document.getPositions("org.essaim.ui.protocol.semantic").length : -1)
					+ " actor style " + widget.getStyleRangeAtOffset(actor) + " phase style " + widget.getStyleRangeAtOffset(phase), e);
		}
	}

	@Test
	void outlineListsThePhases() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		ProtocolOutlinePage outline = (ProtocolOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		UiWait.until("an outline", () -> outline.tree() != null && outline.tree().getItemCount() > 0);
		String labels = labelsOf(outline.tree().getItems());
		assertTrue(labels.contains("preparation") && labels.contains("etalab"), labels);
	}

	private static String labelsOf(org.eclipse.swt.widgets.TreeItem[] items) {
		StringBuilder labels = new StringBuilder();
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			labels.append(item.getText()).append('\n').append(labelsOf(item.getItems()));
		}
		return labels.toString();
	}

	@Test
	void formatPutsBackTheIndentation() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		IDocument document = editor.document();
		execute(ProtocolEditor.COMMAND_FORMAT);
		String formatted = document.get();
		int line = formatted.indexOf("\tacteur etalab");
		document.replace(line, 1, "          ");
		assertFalse(document.get().equals(formatted));
		execute(ProtocolEditor.COMMAND_FORMAT);
		assertEquals(formatted, document.get());
	}

	@Test
	void quickFixCorrectsAMisspeltName() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		IDocument document = editor.document();
		int at = document.get().indexOf("après preparation") + "après ".length();
		document.replace(at, "preparation".length(), "preparaton");
		String text = document.get();
		List<ICompletionProposal> fixes = editor.model().read(text, parsed -> ProtocolQuickAssistProcessor.fixes(parsed, text, at));
		assertFalse(fixes.isEmpty(), "no quick fix");
		fixes.get(0).apply(document);
		assertTrue(document.get().startsWith("preparation", at), document.get().substring(at, at + 20));
	}

	@Test
	void findReferencesListsEveryUse() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		String text = editor.document().get();
		editor.selectAndReveal(text.indexOf("acteur etalab") + "acteur ".length() + 1, 0);
		execute(ProtocolEditor.COMMAND_REFERENCES);
		ReferencesView view = (ReferencesView) page().findView(ReferencesView.ID);
		assertNotNull(view);
		assertEquals(1, view.count(), "etalab is named once as a participant");
	}

	@Test
	void renameChangesTheDeclarationAndEveryReference() throws Exception {
		ProtocolEditor editor = open(PROTOCOL);
		IDocument document = editor.document();
		String text = document.get();
		int offset = text.indexOf("acteur etalab") + "acteur ".length() + 1;
		List<Navigation.Target> targets = editor.model().read(text, parsed -> {
			List<Navigation.Target> all = new java.util.ArrayList<>(Navigation.definitions(parsed, text, offset));
			all.addAll(Navigation.references(parsed, text, offset));
			return all;
		});
		ProtocolActions.renameAll(editor, targets, "equipe_etalab");
		String renamed = document.get();
		assertTrue(renamed.contains("acteur equipe_etalab \""), "declaration renamed");
		assertTrue(renamed.contains("equipe_etalab comme \"coach\""), "reference renamed");
		assertFalse(renamed.matches("(?s).*\\betalab comme.*"), "no reference left");
	}
}
