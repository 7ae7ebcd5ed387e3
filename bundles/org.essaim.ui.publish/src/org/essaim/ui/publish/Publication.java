/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The guide of the open Essaim workspace: where it is published, the jobs that publish it, and who wants to know
 * when a publication ends. The published site lives in the project's working location (Essaim's state folder), so
 * that publishing never writes into the user's folder nor fires resource events.
 */
public final class Publication {

	/** Family of every publish job, to wait for them or cancel them. */
	public static final Object FAMILY = Publication.class;
	/** The site's entry page, inside {@link #outputFolder}. */
	public static final String INDEX = "index.html";

	private static final List<Consumer<PublishOutcome>> LISTENERS = new CopyOnWriteArrayList<>();
	private static PublishJob automatic;
	private static volatile IProject chosen;

	private Publication() {
	}

	/**
	 * Which project to publish when the workbench holds several (the Essaim application opens one; tests and
	 * embedders may add others); {@code null} goes back to the open one.
	 */
	public static void choose(IProject project) {
		chosen = project;
	}

	/** The project to publish: the chosen one, else the one open project with a location on disk. */
	public static Optional<IProject> project() {
		IProject explicit = chosen;
		if (explicit != null && explicit.isAccessible()) {
			return Optional.of(explicit);
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null) {
				return Optional.of(project);
			}
		}
		return Optional.empty();
	}

	/** Where the guide of {@code project} is published. */
	public static Path outputFolder(IProject project) {
		IPath location = project.getWorkingLocation(PublishPlugin.ID);
		return location.toPath().resolve("guide");
	}

	/** The published entry page of the open workspace, whether it exists yet or not. */
	public static Optional<Path> index() {
		return project().map(project -> outputFolder(project).resolve(INDEX));
	}

	/** Publishes now, as asked by the user: progress in the Progress view and a notification at the end. */
	public static Job publish() {
		PublishJob job = new PublishJob(true);
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Publishes again after {@code delayMillis}, quietly (after a save): a new request before the delay restarts it,
	 * so a burst of saves gives one publication.
	 */
	public static synchronized void publishSoon(long delayMillis) {
		if (automatic == null) {
			automatic = new PublishJob(false);
			automatic.setSystem(false);
		}
		automatic.cancel();
		automatic.schedule(delayMillis);
	}

	/** Calls {@code listener} (from a job's thread) at the end of each publication. */
	public static void addListener(Consumer<PublishOutcome> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<PublishOutcome> listener) {
		LISTENERS.remove(listener);
	}

	static void finished(PublishOutcome outcome) {
		for (Consumer<PublishOutcome> listener : LISTENERS) {
			try {
				listener.accept(outcome);
			} catch (RuntimeException e) {
				PublishPlugin.log(PublishPlugin.error("A publication listener failed", e));
			}
		}
	}

	static synchronized void stop() {
		Job.getJobManager().cancel(FAMILY);
		LISTENERS.clear();
		automatic = null;
	}
}
