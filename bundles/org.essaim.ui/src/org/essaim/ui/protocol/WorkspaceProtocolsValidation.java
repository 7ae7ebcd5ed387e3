/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.essaim.protocol.CoopLanguage;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.workspace.WorkspaceProject;

/** Checks protocol files as saved on disk, in a background job, so that the Problems view lists them all. */
public final class WorkspaceProtocolsValidation extends Job {

	/** Job family, to wait for these jobs (tests) or cancel them. */
	public static final Object FAMILY = WorkspaceProtocolsValidation.class;

	private final List<IFile> files;

	private WorkspaceProtocolsValidation(String name, List<IFile> files) {
		super(name);
		this.files = files;
		setPriority(Job.DECORATE);
	}

	/** Checks every protocol of the open workspace project (at startup). */
	public static void scheduleAll() {
		WorkspaceProject.current().ifPresent(project -> {
			List<IFile> files = protocolsOf(project);
			if (!files.isEmpty()) {
				new WorkspaceProtocolsValidation(Messages.job_validatingWorkspace, files).schedule();
			}
		});
	}

	/** Checks one file as saved (after its editor closed without saving, for instance). */
	static void schedule(IFile file) {
		new WorkspaceProtocolsValidation(NLS.bind(Messages.job_validating, file.getName()), List.of(file)).schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		for (IFile file : files) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(file.getName());
			validate(file);
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	private static void validate(IFile file) {
		if (file.getLocation() == null || !file.exists()) {
			return;
		}
		Path path = file.getLocation().toPath();
		try {
			String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
			ProtocolModel model = new ProtocolModel(path, WorkspaceProject.currentFolder().orElse(null));
			ProblemMarkers.replace(file, model.validate(text, () -> false));
		} catch (IOException | RuntimeException e) {
			EssaimUiPlugin.logError("Cannot check the protocol " + path, e);
		}
	}

	private static List<IFile> protocolsOf(IProject project) {
		List<IFile> files = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
					return false;
				}
				if (resource instanceof IFile file && CoopLanguage.EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			EssaimUiPlugin.logError("Cannot list the protocols of " + project.getName(), e);
		}
		return files;
	}
}
