/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Saves a picture of the whole (virtual) screen with ImageMagick's {@code import}, for people to look at
 * what the tests drove; does nothing where {@code import} or a display is missing.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Writes target/screenshots/{@code name}.png, the window filling the screen and the active editor maximized. */
	public static void take(String name) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window.getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
		IWorkbenchPage page = window.getActivePage();
		IWorkbenchPartReference editor = page.getActiveEditor() == null ? null : page.getReference(page.getActiveEditor());
		if (editor != null) {
			page.setPartState(editor, IWorkbenchPage.STATE_MAXIMIZED);
		}
		try {
			capture(name);
		} finally {
			if (editor != null) {
				page.setPartState(editor, IWorkbenchPage.STATE_RESTORED);
			}
		}
	}

	private static void capture(String name) {
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			UiWait.flushEvents(); // let the layout and painting of the new size happen
		}
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			return;
		}
		try {
			Path folder = Path.of("target", "screenshots").toAbsolutePath();
			Files.createDirectories(folder);
			Process process = new ProcessBuilder("import", "-window", "root", folder.resolve(name + ".png").toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			process.waitFor();
		} catch (IOException e) {
			// No ImageMagick here: screenshots are a courtesy, not a test.
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
