/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code org.essaim.cli.headless} application: {@code essaim} inside the product, without a display.
 * The launcher script passes the caller's directory as {@code -Dessaim.cwd}, because the OSGi launcher
 * does not keep a meaningful {@code user.dir} for relative paths.
 */
public final class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		String cwd = System.getProperty("essaim.cwd", System.getProperty("user.dir"));
		int code = new EssaimCommandLine(Path.of(cwd), System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		return code;
	}

	@Override
	public void stop() {
		// Commands are short and leave nothing to interrupt.
	}
}
