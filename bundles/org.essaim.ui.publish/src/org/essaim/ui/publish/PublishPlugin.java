/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.essaim.publish.GuidePublisher;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Keeps one guide publisher for the session (its JRuby start costs seconds) and closes it when the bundle stops. */
public final class PublishPlugin implements BundleActivator {

	/** The bundle's symbolic name. */
	public static final String ID = "org.essaim.ui.publish";

	private static GuidePublisher publisher;

	@Override
	public void start(BundleContext context) {
		// the publisher is created on first use: starting the bundle must stay cheap
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		Publication.stop();
		synchronized (PublishPlugin.class) {
			if (publisher != null) {
				publisher.close();
				publisher = null;
			}
		}
	}

	/** The session's publisher, created on first use (warm afterwards: republishing is incremental and fast). */
	static synchronized GuidePublisher publisher() {
		if (publisher == null) {
			publisher = new GuidePublisher();
		}
		return publisher;
	}

	static IStatus error(String message, Throwable cause) {
		return Status.error(message, cause);
	}

	static void log(IStatus status) {
		ILog.of(PublishPlugin.class).log(status);
	}
}
