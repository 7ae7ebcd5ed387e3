/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ListenerList;
import org.essaim.core.WorkspaceFiles;
import org.essaim.index.EssaimIndex;
import org.essaim.index.IndexReport;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;
import org.essaim.index.SearchRequest;
import org.essaim.index.SearchResults;
import org.essaim.index.SimilarCase;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.workspace.WorkspaceProject;

/**
 * The index of the workbench's workspace folder. It lives in the UI bundle's state folder (not in the
 * command line's cache, whose writer lock a running workbench would otherwise hold) and is brought up to
 * date in the background whenever a .coop or .case file changes. All index work runs off the UI thread.
 */
public final class WorkspaceIndex implements AutoCloseable {

	/** Delay that coalesces the bursts of changes an editor save or a file copy produce. */
	private static final long UPDATE_DELAY_MILLIS = 800;

	private static WorkspaceIndex current;

	private final Path workspaceFolder;
	private final Path indexFolder;
	private final IndexUpdateJob updateJob = new IndexUpdateJob(this);
	private final ListenerList<Consumer<IndexReport>> updateListeners = new ListenerList<>();
	private final IResourceChangeListener sourceWatcher = this::sourcesChanged;

	private EssaimIndex index;
	private boolean stale = true;
	private boolean closed;

	WorkspaceIndex(Path workspaceFolder, Path indexFolder) {
		this.workspaceFolder = workspaceFolder;
		this.indexFolder = indexFolder;
	}

	/** The index of the folder the workbench opened, created on first use; empty before the folder is open. */
	public static synchronized Optional<WorkspaceIndex> current() {
		if (current == null) {
			Optional<Path> folder = WorkspaceProject.currentFolder();
			if (folder.isEmpty() || EssaimUiPlugin.getDefault() == null) {
				return Optional.empty();
			}
			current = new WorkspaceIndex(folder.get(), EssaimUiPlugin.stateFolder().resolve("index"));
			ResourcesPlugin.getWorkspace().addResourceChangeListener(current.sourceWatcher, IResourceChangeEvent.POST_CHANGE);
		}
		return Optional.of(current);
	}

	/** Closes the current index (workbench shutdown, bundle stop). */
	public static synchronized void closeCurrent() {
		if (current != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(current.sourceWatcher);
			current.close();
			current = null;
		}
	}

	/** The folder whose .coop and .case files are indexed. */
	public Path workspaceFolder() {
		return workspaceFolder;
	}

	/** Whether the index was closed (the workbench is shutting down). */
	public synchronized boolean isClosed() {
		return closed;
	}

	/** Schedules a background update of the index (coalesced with pending ones). */
	public void scheduleUpdate() {
		updateJob.schedule();
	}

	/** Called with each update's report, on the job's thread. */
	public void addUpdateListener(Consumer<IndexReport> listener) {
		updateListeners.add(listener);
	}

	public void removeUpdateListener(Consumer<IndexReport> listener) {
		updateListeners.remove(listener);
	}

	/** Brings the index up to date with the files on disk (only changed files are read again). Blocking. */
	public IndexReport update() throws IOException {
		IndexReport report;
		synchronized (this) {
			report = open().update();
			stale = false;
		}
		for (Consumer<IndexReport> listener : updateListeners) {
			listener.accept(report);
		}
		return report;
	}

	/** Searches, first updating the index if files changed since the last update. Blocking. */
	public List<SearchHit> search(String query, int limit) throws IOException, QueryException {
		synchronized (this) {
			if (!stale) {
				return open().search(query, limit);
			}
		}
		update();
		synchronized (this) {
			return open().search(query, limit);
		}
	}

	/** Searches with facet filters and counts, first updating the index if files changed. Blocking. */
	public SearchResults search(SearchRequest request) throws IOException, QueryException {
		synchronized (this) {
			if (!stale) {
				return open().search(request);
			}
		}
		update();
		synchronized (this) {
			return open().search(request);
		}
	}

	/** The cases most like case {@code caseId}, best first, each with its reason. Blocking. */
	public List<SimilarCase> similar(String caseId, int limit) throws IOException, QueryException {
		synchronized (this) {
			if (!stale) {
				return open().similar(caseId, limit);
			}
		}
		update();
		synchronized (this) {
			return open().similar(caseId, limit);
		}
	}

	private EssaimIndex open() throws IOException {
		if (closed) {
			throw new IOException("The workbench index is closed");
		}
		if (index == null) {
			index = EssaimIndex.open(workspaceFolder, indexFolder);
		}
		return index;
	}

	@Override
	public synchronized void close() {
		closed = true;
		updateJob.cancel();
		if (index != null) {
			try {
				index.close();
			} catch (IOException e) {
				EssaimUiPlugin.logError("Cannot close the index in " + indexFolder, e);
			}
			index = null;
		}
	}

	private void sourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta != null && touchesSources(delta)) {
			synchronized (this) {
				stale = true;
			}
			updateJob.schedule(UPDATE_DELAY_MILLIS);
		}
	}

	private static boolean touchesSources(IResourceDelta delta) {
		boolean[] found = { false };
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				IPath location = resource.getLocation();
				if (resource.getType() == IResource.FILE && location != null && WorkspaceFiles.isSource(location.toPath())) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return found[0];
	}
}
