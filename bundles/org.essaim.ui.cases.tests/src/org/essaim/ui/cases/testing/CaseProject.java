/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * A throw-away workspace project holding copies of example cases and protocols, so that tests may edit
 * and save without touching examples/ (the workbench's own project).
 */
public final class CaseProject implements AutoCloseable {

	private final Path folder;
	private final IProject project;

	private CaseProject(Path folder, IProject project) {
		this.folder = folder;
		this.project = project;
	}

	/** Copies examples/cases/{@code caseFiles} and every example protocol into a new project. */
	public static CaseProject withCases(String... caseFiles) {
		try {
			Path examples = examples();
			Path folder = Files.createTempDirectory("essaim-cases-ui");
			Files.createDirectories(folder.resolve("cases"));
			Files.createDirectories(folder.resolve("protocols"));
			for (String name : caseFiles) {
				Files.copy(examples.resolve("cases").resolve(name), folder.resolve("cases").resolve(name));
			}
			try (Stream<Path> protocols = Files.list(examples.resolve("protocols"))) {
				for (Path protocol : protocols.filter(p -> p.toString().endsWith(".coop")).toList()) {
					Files.copy(protocol, folder.resolve("protocols").resolve(protocol.getFileName()));
				}
			}
			IWorkspace workspace = ResourcesPlugin.getWorkspace();
			IProject project = workspace.getRoot().getProject(folder.getFileName().toString());
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			description.setLocationURI(folder.toUri());
			project.create(description, null);
			project.open(null);
			return new CaseProject(folder, project);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The examples folder the build passed (system property essaim.examples). */
	public static Path examples() {
		String property = System.getProperty("essaim.examples");
		assertTrue(property != null && !property.isBlank(), "system property essaim.examples is not set");
		return Path.of(property).toAbsolutePath().normalize();
	}

	public IProject project() {
		return project;
	}

	public Path folder() {
		return folder;
	}

	/** A case of the project, as a workspace file. */
	public IFile caseFile(String name) {
		return project.getFile(IPath.fromOSString("cases/" + name));
	}

	/** Writes a file into cases/ and makes the workspace see it. */
	public IFile writeCase(String name, byte[] bytes) {
		try {
			Files.write(folder.resolve("cases").resolve(name), bytes);
			IFile file = caseFile(name);
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		try {
			project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			if (Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		} catch (CoreException | IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
