/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.workspace;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The user's Essaim workspace folder, seen by the workbench as one Eclipse project whose location is that
 * folder. Eclipse's own metadata stays in the state folder (-data); only a {@code .project} file is written
 * into the user's folder.
 */
public final class WorkspaceProject {

	private static final String PROJECT_FILE = ".project";

	private static volatile IProject current;

	private WorkspaceProject() {
	}

	/** The project opened at startup, if any. */
	public static Optional<IProject> current() {
		return Optional.ofNullable(current);
	}

	/** The folder of the current project on disk, if any. */
	public static Optional<Path> currentFolder() {
		return current().map(IProject::getLocation).map(location -> location.toPath());
	}

	/**
	 * Makes {@code folder} the open project of the workbench: reuses the project already pointing at it,
	 * creates one otherwise, and forgets (without touching their files) projects left over from other folders.
	 */
	public static IProject open(Path folder, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceRoot root = workspace.getRoot();
		URI location = folder.toUri();
		IProject project = null;
		for (IProject candidate : root.getProjects()) {
			if (location.equals(locationOf(candidate))) {
				project = candidate;
			} else {
				candidate.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, progress.split(0));
			}
		}
		progress.setWorkRemaining(3);
		if (project == null) {
			project = create(workspace, folder, progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		// Files may have changed while Essaim was closed: bring the resource tree in line with the disk.
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		current = project;
		return project;
	}

	private static URI locationOf(IProject project) {
		IPath location = project.getLocation();
		return location == null ? null : location.toPath().toUri();
	}

	private static IProject create(IWorkspace workspace, Path folder, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = existingDescription(workspace, folder);
		String name = uniqueName(workspace.getRoot(), description != null ? description.getName() : nameOf(folder));
		if (description == null) {
			description = workspace.newProjectDescription(name);
		} else {
			description.setName(name);
		}
		description.setLocationURI(folder.toUri());
		IProject project = workspace.getRoot().getProject(name);
		project.create(description, monitor);
		return project;
	}

	/** A folder opened before (or an Eclipse project) already names its project in .project. */
	private static IProjectDescription existingDescription(IWorkspace workspace, Path folder) {
		Path projectFile = folder.resolve(PROJECT_FILE);
		if (!Files.isRegularFile(projectFile)) {
			return null;
		}
		try {
			return workspace.loadProjectDescription(IPath.fromPath(projectFile));
		} catch (CoreException unreadable) {
			return null;
		}
	}

	private static String nameOf(Path folder) {
		Path fileName = folder.getFileName();
		return fileName == null ? "essaim" : fileName.toString();
	}

	private static String uniqueName(IWorkspaceRoot root, String wanted) {
		String name = wanted;
		for (int i = 2; root.getProject(name).exists(); i++) {
			name = wanted + " (" + i + ")";
		}
		return name;
	}
}
