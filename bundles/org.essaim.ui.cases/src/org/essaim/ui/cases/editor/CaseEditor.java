/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.essaim.model.CaseLoadException;
import org.essaim.model.CaseProblem;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.ui.cases.recovery.AutoSaver;
import org.essaim.ui.cases.timeline.PlanVsRunPage;

/**
 * The case-study editor: form pages bound to the EMF model (overview, lists with details, planned vs run,
 * raw XMI), undo/redo through one command stack, validation on every change, atomic saves. A file that
 * cannot be read opens on an explanation and is never written.
 */
public final class CaseEditor extends FormEditor implements CommandStackListener {

	public static final String ID = "org.essaim.ui.cases.editor";

	private Path file;
	private CaseModel model;
	private CaseLoadException broken;
	private final List<CasePage> casePages = new ArrayList<>();
	private XmiPage xmiPage;
	private List<CaseProblem> problems = List.of();
	private CommandStackAction undo;
	private CommandStackAction redo;
	private DiskWatcher diskWatcher;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		file = pathOf(input);
		setPartName(file.getFileName().toString());
		try {
			model = CaseModel.load(file);
		} catch (CaseLoadException e) {
			broken = e;
			return;
		}
		model.commandStack().addCommandStackListener(this);
		problems = CaseValidator.validate(model.caseStudy());
		undo = new CommandStackAction(this, true);
		redo = new CommandStackAction(this, false);
		setTitleToolTip(file.toString());
		AutoSaver.instance().track(this);
		IFile workspaceFile = input.getAdapter(IFile.class);
		if (workspaceFile != null) {
			diskWatcher = new DiskWatcher(workspaceFile, file, this::changedOnDisk);
		}
	}

	private static Path pathOf(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		throw new PartInitException(Messages.bind(Messages.editor_notAFile, input.getName()));
	}

	@Override
	protected void addPages() {
		try {
			if (broken != null) {
				addPage(new BrokenFilePage(this, broken));
				return;
			}
			addCasePage(new OverviewPage(this));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__ACTORS, Messages.page_actors, Messages.help_actors));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__PHASES, Messages.page_phases, Messages.help_phases));
			addCasePage(new PlanVsRunPage(this));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__FUNDINGS, Messages.page_fundings, Messages.help_fundings));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__SOURCES, Messages.page_sources, Messages.help_sources));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__OUTCOMES, Messages.page_outcomes, Messages.help_outcomes));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__LESSONS, Messages.page_lessons, Messages.help_lessons));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__PLACES, Messages.page_places, Messages.help_places));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__RESIDENCES, Messages.page_residences, Messages.help_residences));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__EXPERIMENTS, Messages.page_experiments, Messages.help_experiments));
			addCasePage(new ElementsPage(this, Literals.CASE_STUDY__SECTIONS, Messages.page_sections, Messages.help_sections));
			xmiPage = new XmiPage(this);
			addCasePage(xmiPage);
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.editor_error, e.getMessage(), e.getStatus());
		}
	}

	private void addCasePage(CasePage page) throws PartInitException {
		casePages.add(page);
		addPage(page);
	}

	@Override
	public void commandStackChanged(EventObject event) {
		problems = CaseValidator.validate(model.caseStudy());
		for (CasePage page : casePages) {
			page.modelChanged(problems);
		}
		undo.update();
		redo.update();
		editorDirtyStateChanged();
	}

	/** Sends the typing of every page to the model, so that undo, save and auto-save see it. */
	public void commitPendingEdits() {
		casePages.forEach(CasePage::commit);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!isSaveAllowed()) {
			return;
		}
		commitPendingEdits();
		if (xmiPage.hasUnappliedEdits() && !xmiPage.apply()) {
			setActivePage(XmiPage.ID);
			monitor.setCanceled(true);
			return;
		}
		if (diskWatcher != null && diskWatcher.changedSinceKnown()
				&& !MessageDialog.openQuestion(getSite().getShell(), Messages.disk_title, Messages.disk_overwrite)) {
			monitor.setCanceled(true);
			return;
		}
		try {
			byte[] bytes = model.toBytes();
			if (diskWatcher != null) {
				diskWatcher.known(bytes);
			}
			model.save(file);
			refreshWorkspaceFile();
			AutoSaver.instance().discard(this);
			editorDirtyStateChanged();
		} catch (IOException e) {
			monitor.setCanceled(true);
			ErrorDialog.openError(getSite().getShell(), Messages.editor_saveFailed,
					Messages.bind(Messages.editor_saveFailedDetail, file),
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	private void refreshWorkspaceFile() {
		IFile workspaceFile = getEditorInput().getAdapter(IFile.class);
		if (workspaceFile != null) {
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// The file is saved; the navigator catches up at its next refresh.
			}
		}
	}

	/** Whether the file loaded: a broken file is never written. */
	public boolean isSaveAllowed() {
		return model != null;
	}

	@Override
	public boolean isDirty() {
		return model != null && (model.isDirty() || (xmiPage != null && xmiPage.hasUnappliedEdits()));
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Reloads a clean editor from the disk; a dirty one keeps its changes (a save will ask first). */
	private void changedOnDisk() {
		if (model == null || isDirty() || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		try {
			CaseStudy reloaded = CaseModel.load(file).caseStudy();
			diskWatcher.known(java.nio.file.Files.readAllBytes(file));
			model.replaceWith(reloaded);
			model.commandStack().flush(); // the disk's version is the new starting point: nothing to undo
			editorDirtyStateChanged();
		} catch (CaseLoadException | IOException e) {
			// Broken on disk now: keep what the editor shows; a save will ask before overwriting it.
		}
	}

	@Override
	public void dispose() {
		if (diskWatcher != null) {
			diskWatcher.dispose();
		}
		if (model != null) {
			model.commandStack().removeCommandStackListener(this);
			AutoSaver.instance().untrack(this);
		}
		super.dispose();
	}

	/** Replaces the case by a recovered copy, as one undoable change that leaves the editor dirty. */
	public void restore(CaseStudy recovered) {
		commitPendingEdits();
		model.replaceWith(recovered);
	}

	/** Opens the file in the text editor (for a file that the form cannot read). */
	void openAsText() {
		try {
			getSite().getPage().openEditor(getEditorInput(), "org.eclipse.ui.genericeditor.GenericEditor");
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.editor_error, e.getMessage(), e.getStatus());
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		commitPendingEdits();
		if (xmiPage != null && xmiPage.isBuilt() && getActivePage() == casePages.indexOf(xmiPage)
				&& xmiPage.hasUnappliedEdits()) {
			xmiPage.apply();
		}
		super.pageChange(newPageIndex);
	}

	/** The model, or null when the file could not be read. */
	public CaseModel model() {
		return model;
	}

	/** The findings of the last validation. */
	public List<CaseProblem> problems() {
		return problems;
	}

	/** Why the file could not be read, when it could not. */
	public Optional<CaseLoadException> loadProblem() {
		return Optional.ofNullable(broken);
	}

	public Path file() {
		return file;
	}

	String fileName() {
		return file.getFileName().toString();
	}

	public CommandStackAction undoAction() {
		return undo;
	}

	public CommandStackAction redoAction() {
		return redo;
	}

	/** The field bound to this feature of this element, on the pages built so far. */
	public Optional<Field> field(EObject owner, EStructuralFeature feature) {
		for (CasePage page : casePages) {
			FieldGroup group = page instanceof OverviewPage overview && page.isBuilt() ? overview.caseFields()
					: page instanceof ElementsPage elements && page.isBuilt() ? elements.details() : null;
			if (group != null) {
				Optional<Field> found = group.fields().stream()
						.filter(field -> field.owner() == owner && field.feature() == feature).findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** The page of this id, once added. */
	public Optional<IFormPage> page(String id) {
		return Optional.ofNullable(findPage(id));
	}
}
