/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.essaim.core.EssaimWorkspace;
import org.essaim.publish.PublishOptions;
import org.essaim.publish.PublishProgress;
import org.essaim.publish.PublishReport;

/**
 * Publishes the open workspace's guide with the session's publisher, reports each page to the progress monitor,
 * then replaces the publication markers. It holds no resource rule while rendering, so saving stays possible.
 */
final class PublishJob extends Job {

	/**
	 * Publications run one at a time, markers included (the publisher is shared and writes one output folder). A lock
	 * rather than a job rule: the markers need the project's rule inside, which a job rule would have to contain.
	 */
	private static final Object ONE_AT_A_TIME = new Object();
	private static final int TICKS = 1000;

	private final boolean notify;

	PublishJob(boolean notify) {
		super(Messages.job_publish);
		this.notify = notify;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == Publication.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		synchronized (ONE_AT_A_TIME) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			return publish(monitor);
		}
	}

	private IStatus publish(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.job_publish, TICKS + 50);
		IProject project = Publication.project().orElse(null);
		if (project == null) {
			return done(PublishOutcome.failed(Messages.job_noWorkspace));
		}
		long start = System.nanoTime();
		try {
			progress.subTask(Messages.job_preparing);
			EssaimWorkspace workspace = EssaimWorkspace.load(project.getLocation().toPath());
			Path out = Publication.outputFolder(project);
			PublishReport report = PublishPlugin.publisher().publish(workspace, out,
					PublishOptions.site().withProgress(new MonitorProgress(progress.split(TICKS))));
			progress.subTask(Messages.job_markers);
			PublishMarkers.replace(project, report.warnings(), progress.split(50));
			long millis = (System.nanoTime() - start) / 1_000_000;
			return done(new PublishOutcome(out.resolve(Publication.INDEX), report.pages().size(), report.rendered(), report.unchanged(),
					report.warnings(), millis, null));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | CoreException | RuntimeException e) {
			if (isCancel(e)) {
				return Status.CANCEL_STATUS;
			}
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			done(PublishOutcome.failed(reason));
			return PublishPlugin.error(NLS.bind(Messages.job_failed, reason), e);
		} finally {
			monitor.done();
		}
	}

	private IStatus done(PublishOutcome outcome) {
		Publication.finished(outcome);
		if (notify) {
			Notification.show(outcome);
		}
		return outcome.succeeded() ? Status.OK_STATUS : Status.warning(outcome.failure());
	}

	/** A cancellation may come back wrapped by the publisher's worker threads. */
	private static boolean isCancel(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof OperationCanceledException) {
				return true;
			}
		}
		return false;
	}

	/** Feeds the publisher's page-by-page progress to a monitor, and stops it when the user cancels. */
	private static final class MonitorProgress implements PublishProgress {
		private final SubMonitor monitor;
		private int reported;

		MonitorProgress(SubMonitor monitor) {
			this.monitor = monitor.setWorkRemaining(TICKS);
		}

		@Override
		public void advanced(int done, int total, String output) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int now = total == 0 ? TICKS : (int) ((long) done * TICKS / total);
			if (now > reported) {
				monitor.worked(now - reported);
				reported = now;
			}
			monitor.subTask(done + "/" + total + " : " + output);
		}
	}
}
