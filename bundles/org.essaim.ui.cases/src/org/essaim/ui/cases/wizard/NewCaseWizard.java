/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.wizard;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.protocol.coop.Protocol;
import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.timeline.ProtocolLookup;

/** File › Nouveau › Étude de cas: creates a {@code .case} file, from a protocol if one is chosen, and opens it. */
public final class NewCaseWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IContainer initialFolder;
	private NewCasePage page;
	private IFile created;

	public NewCaseWizard() {
		setWindowTitle(Messages.wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbenchToUse, IStructuredSelection selection) {
		this.workbench = workbenchToUse;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IResource r ? r
				: first instanceof org.eclipse.core.runtime.IAdaptable a ? a.getAdapter(IResource.class) : null;
		if (resource instanceof IFile file) {
			resource = file.getParent();
		}
		if (resource instanceof org.eclipse.core.resources.IProject project && project.getFolder("cases").exists()) {
			resource = project.getFolder("cases");
		}
		initialFolder = resource instanceof IContainer container ? container : null;
	}

	@Override
	public void addPages() {
		page = new NewCasePage(initialFolder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IContainer container = page.container();
		String id = page.caseId();
		String title = page.caseTitle();
		Optional<Path> protocolFile = page.protocolFile();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Messages.task_create, 2);
				try {
					created = create(container, id, title, protocolFile);
				} catch (CoreException | IllegalArgumentException e) {
					throw new InvocationTargetException(e);
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.wizard_title, String.valueOf(e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, CaseEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), Messages.wizard_title, e.getMessage());
		}
		return true;
	}

	/** Writes the new case into {@code container}; the protocol, when given, pre-fills phases and actors. */
	static IFile create(IContainer container, String id, String title, Optional<Path> protocolFile) throws CoreException {
		CaseStudy caseStudy;
		if (protocolFile.isPresent()) {
			Protocol protocol = ProtocolLookup.load(protocolFile.get()).orElseThrow(
					() -> new IllegalArgumentException(Messages.bind(Messages.error_protocolUnreadable, protocolFile.get().getFileName())));
			caseStudy = CaseFromProtocol.from(protocol, id, title, LocalDate.now());
		} else {
			caseStudy = CaseFromProtocol.empty(id, title, LocalDate.now());
		}
		IFile file = container.getFile(IPath.fromOSString(id + "." + CaseFiles.EXTENSION));
		file.create(new ByteArrayInputStream(CaseFiles.toBytes(caseStudy)), IResource.NONE, null);
		return file;
	}

	/** The file created by the last finish (tests). */
	IFile created() {
		return created;
	}

	NewCasePage page() {
		return page;
	}
}
