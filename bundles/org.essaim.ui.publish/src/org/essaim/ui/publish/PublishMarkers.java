/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/** The warnings of the last publication as problem markers on the files they name (Problems view). */
public final class PublishMarkers {

	/** The marker type (a problem marker), declared in plugin.xml. */
	public static final String TYPE = PublishPlugin.ID + ".problem";

	private PublishMarkers() {
	}

	/** Removes the previous publication's markers and adds one per warning, in one workspace operation. */
	static void replace(IProject project, List<String> warnings, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRunnable update = m -> {
			project.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
			for (String text : warnings) {
				add(project, PublishWarning.parse(text));
			}
		};
		project.getWorkspace().run(update, project, 0, monitor);
	}

	/** The publication markers currently on {@code project} and its files. */
	public static List<IMarker> current(IProject project) throws CoreException {
		return new ArrayList<>(List.of(project.findMarkers(TYPE, true, IResource.DEPTH_INFINITE)));
	}

	private static void add(IProject project, PublishWarning warning) throws CoreException {
		Optional<IFile> named = fileOf(project, warning);
		IResource target = named.map(IResource.class::cast).orElse(project);
		IMarker marker = target.createMarker(TYPE);
		marker.setAttribute(IMarker.SEVERITY, warning.error() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		boolean lineIsInFile = named.isPresent() && !warning.generated() && warning.line() > 0;
		if (lineIsInFile) {
			marker.setAttribute(IMarker.LINE_NUMBER, warning.line());
		}
		String message = warning.generated() || named.isEmpty()
				? NLS.bind(Messages.marker_generated, warning.message(), warning.where() + (warning.line() > 0 ? ":" + warning.line() : ""))
				: warning.message();
		marker.setAttribute(IMarker.MESSAGE, message);
		if (!lineIsInFile) {
			marker.setAttribute(IMarker.LOCATION, warning.where());
		}
	}

	/** The workspace file a warning names: its path, or for a generated page the source file of that name. */
	private static Optional<IFile> fileOf(IProject project, PublishWarning warning) throws CoreException {
		if (!warning.where().isEmpty() && !warning.generated()) {
			IFile file = project.getFile(warning.where());
			if (file.exists()) {
				return Optional.of(file);
			}
		}
		if (warning.sourceName() == null) {
			return Optional.empty();
		}
		IFile[] found = new IFile[1];
		project.accept(resource -> {
			if (found[0] != null || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
				return false;
			}
			if (resource instanceof IFile file && file.getName().equals(warning.sourceName())) {
				found[0] = file;
			}
			return true;
		});
		return Optional.ofNullable(found[0]);
	}
}
