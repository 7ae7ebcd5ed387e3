/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.essaim.index.QueryException;
import org.essaim.index.SimilarCase;
import org.essaim.ui.EssaimUiPlugin;

/** Finds the cases most like one case off the UI thread; hands them (or the error message) to a callback. */
final class SimilarJob extends Job {

	private final WorkspaceIndex index;
	private final String caseId;
	private final int limit;
	private final Consumer<List<SimilarCase>> found;
	private final Consumer<String> failed;

	SimilarJob(WorkspaceIndex index, String caseId, int limit, Consumer<List<SimilarCase>> found, Consumer<String> failed) {
		super(NLS.bind(Messages.job_similar, caseId));
		this.index = index;
		this.caseId = caseId;
		this.limit = limit;
		this.found = found;
		this.failed = failed;
		setPriority(INTERACTIVE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<SimilarCase> similar = index.similar(caseId, limit);
			if (!monitor.isCanceled()) {
				found.accept(similar);
			}
		} catch (QueryException e) {
			failed.accept(e.getMessage());
		} catch (IOException | RuntimeException e) {
			EssaimUiPlugin.logError("Similar cases failed for: " + caseId, e);
			failed.accept(NLS.bind(Messages.search_indexUnreadable, e.getMessage()));
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == SearchJob.FAMILY;
	}
}
