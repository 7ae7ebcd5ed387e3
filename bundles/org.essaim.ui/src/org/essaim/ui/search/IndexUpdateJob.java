/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.essaim.index.IndexReport;
import org.essaim.ui.EssaimUiPlugin;

/** Background job that brings the workspace index up to date; at most one runs at a time. */
final class IndexUpdateJob extends Job {

	/** Family of index jobs, so that tests and shutdown can wait for them. */
	static final Object FAMILY = IndexUpdateJob.class;

	private final WorkspaceIndex index;

	IndexUpdateJob(WorkspaceIndex index) {
		super(Messages.job_indexing);
		this.index = index;
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (index.isClosed()) {
			return Status.CANCEL_STATUS;
		}
		try {
			IndexReport report = index.update();
			if (!report.problems().isEmpty()) {
				EssaimUiPlugin.logInfo(NLS.bind("Index updated; {0} file(s) could not be read", report.problems().size()));
			}
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.job_indexingFailed, index.workspaceFolder()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
