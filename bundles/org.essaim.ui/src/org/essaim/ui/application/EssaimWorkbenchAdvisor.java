/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.protocol.WorkspaceProtocolsValidation;
import org.essaim.ui.search.WorkspaceIndex;
import org.essaim.ui.workspace.WorkspaceProject;

/** Sets up the resources workspace on the user's folder and opens windows in the Capitalisation perspective. */
final class EssaimWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Path workspaceFolder;

	EssaimWorkbenchAdvisor(Path workspaceFolder) {
		this.workspaceFolder = workspaceFolder;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Labels and icons of resources in the navigator come from the IDE's adapters and shared images.
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public void preStartup() {
		try {
			IProject project = WorkspaceProject.open(workspaceFolder, new NullProgressMonitor());
			EssaimUiPlugin.logInfo(NLS.bind("Essaim workspace {0} opened as project {1}", workspaceFolder, project.getName()));
		} catch (CoreException e) {
			EssaimUiPlugin.logError("Cannot open the Essaim workspace " + workspaceFolder, e);
			ErrorDialog.openError(null, Messages.startup_errorTitle,
					NLS.bind(Messages.startup_cannotOpenWorkspace, workspaceFolder), e.getStatus());
		}
	}

	@Override
	public void postStartup() {
		// Index in the background right away, so that the first search does not wait for it.
		WorkspaceIndex.current().ifPresent(WorkspaceIndex::scheduleUpdate);
		// The Problems view lists every protocol's problems, not only those of open editors (this also loads
		// the language, so that the first protocol opens at once).
		if (EssaimPreferences.get(EssaimPreferences.VALIDATE_AT_STARTUP)) {
			WorkspaceProtocolsValidation.scheduleAll();
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new EssaimWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CapitalisationPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		WorkspaceIndex.closeCurrent();
		try {
			// Keeps the next start fast: the resource tree is restored instead of rebuilt from disk.
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			EssaimUiPlugin.logError("Cannot save the workbench state", e);
		}
	}
}
