/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.essaim.protocol.CoopLanguage;
import org.essaim.protocol.ide.CoopIdeSetup;

import com.google.inject.Injector;

/** The protocol language with its editor services (the Xtext ide module), created once and run in-process. */
final class CoopServices {

	private CoopServices() {
	}

	/** The injector of the runtime and ide modules together; the first call takes a second (class loading). */
	static Injector injector() {
		return Holder.INJECTOR;
	}

	/** Loads the language in the background, so that the first protocol opens without waiting for it. */
	static void warmUpInBackground() {
		Job job = Job.create(Messages.job_loadingLanguage, (IProgressMonitor monitor) -> {
			injector();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	private static final class Holder {
		static final Injector INJECTOR = create();

		private static Injector create() {
			CoopLanguage.injector(); // registers the language's EPackage with EMF
			return new CoopIdeSetup().createInjector();
		}
	}
}
