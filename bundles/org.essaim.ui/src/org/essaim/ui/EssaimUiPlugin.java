/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.essaim.ui.search.WorkspaceIndex;
import org.osgi.framework.BundleContext;

/** Bundle activator of the Essaim workbench: owns the state location and closes the index on stop. */
public final class EssaimUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.essaim.ui";

	private static EssaimUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		WorkspaceIndex.closeCurrent();
		instance = null;
		super.stop(context);
	}

	/** Returns the running plug-in, or {@code null} once it has stopped. */
	public static EssaimUiPlugin getDefault() {
		return instance;
	}

	/** Folder, outside the user's workspace, where the workbench keeps derived data (the index). */
	public static Path stateFolder() {
		return getDefault().getStateLocation().toFile().toPath();
	}

	/** Logs a failure in the platform log (error log view, -consoleLog). */
	public static void logError(String message, Throwable cause) {
		ILog.of(EssaimUiPlugin.class).log(Status.error(message, cause));
	}

	/** Logs an informational message. */
	public static void logInfo(String message) {
		ILog.of(EssaimUiPlugin.class).log(new Status(IStatus.INFO, PLUGIN_ID, message));
	}
}
