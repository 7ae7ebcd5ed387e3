/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Essaim workbench application ({@code org.essaim.ui.application}). */
public final class EssaimApplication implements IApplication {

	/** Exit code when the workbench cannot start (missing folder, state already in use). */
	private static final Integer EXIT_FAILURE = Integer.valueOf(1);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		LaunchOptions options = LaunchOptions.parse(arguments == null ? new String[0] : arguments, System.getProperties());
		Display display = PlatformUI.createDisplay();
		Location instanceArea = Platform.getInstanceLocation();
		try {
			if (!prepareWorkspaceFolder(options) || !lockInstanceArea(instanceArea)) {
				return EXIT_FAILURE;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new EssaimWorkbenchAdvisor(options.workspaceFolder()));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (instanceArea != null && instanceArea.isLocked()) {
				instanceArea.release();
			}
			display.dispose();
		}
	}

	/** The folder must exist; only the default one (~/Essaim) is created on first launch. */
	private static boolean prepareWorkspaceFolder(LaunchOptions options) {
		Path folder = options.workspaceFolder();
		if (Files.isDirectory(folder)) {
			return true;
		}
		if (!options.folderGiven() && !Files.exists(folder)) {
			try {
				Files.createDirectories(folder);
				return true;
			} catch (IOException e) {
				showError(NLS.bind(Messages.startup_cannotCreateFolder, folder, e.getMessage()));
				return false;
			}
		}
		showError(NLS.bind(Messages.startup_folderMissing, folder));
		return false;
	}

	/**
	 * The instance area (Eclipse's -data: metadata, history, preferences) lives in Essaim's state folder,
	 * never in the user's folder; the script names it, and a direct launch gets a default one.
	 */
	private static boolean lockInstanceArea(Location instanceArea) throws IOException {
		if (instanceArea == null) {
			showError(Messages.startup_noInstanceArea);
			return false;
		}
		if (!instanceArea.isSet()) {
			URL fallback = StateFolders.defaultWorkbenchArea().toUri().toURL();
			if (!instanceArea.set(fallback, false)) {
				showError(NLS.bind(Messages.startup_instanceAreaInUse, fallback.getPath()));
				return false;
			}
		}
		if (instanceArea.lock()) {
			return true;
		}
		showError(NLS.bind(Messages.startup_instanceAreaInUse, instanceArea.getURL().getPath()));
		return false;
	}

	private static void showError(String message) {
		MessageDialog.openError(null, Messages.startup_errorTitle, message);
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
