/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** A small note in the window's bottom-right corner at the end of a publication, gone after a few seconds or a click. */
final class Notification {

	private static final int VISIBLE_MILLIS = 6000;
	private static Shell current;

	private Notification() {
	}

	static void show(PublishOutcome outcome) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> open(display, outcome));
	}

	/** The text of the note, also what tests read. */
	static String text(PublishOutcome outcome) {
		if (!outcome.succeeded()) {
			return NLS.bind(Messages.done_failed, outcome.failure());
		}
		String seconds = String.format(java.util.Locale.FRANCE, "%.1f", outcome.millis() / 1000.0);
		return java.text.MessageFormat.format(Messages.done_summary, outcome.pages(), outcome.rendered(), outcome.unchanged(),
				outcome.warnings().size(), seconds);
	}

	static Shell current() {
		return current;
	}

	private static void open(Display display, PublishOutcome outcome) {
		Shell parent = display.getActiveShell();
		if (parent == null && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		}
		if (parent == null || parent.isDisposed()) {
			return;
		}
		if (current != null && !current.isDisposed()) {
			current.dispose();
		}
		Shell shell = new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER);
		shell.setLayout(new GridLayout(1, false));
		Label title = new Label(shell, SWT.NONE);
		title.setText(outcome.succeeded() ? Messages.done_title : Messages.job_publish);
		title.setFont(JFaceResources.getBannerFont());
		Label body = new Label(shell, SWT.WRAP);
		body.setText(text(outcome));
		body.setLayoutData(new GridData(360, SWT.DEFAULT));
		shell.pack();
		Rectangle area = parent.getBounds();
		Rectangle size = shell.getBounds();
		shell.setLocation(area.x + area.width - size.width - 24, area.y + area.height - size.height - 48);
		body.addListener(SWT.MouseDown, e -> shell.dispose());
		title.addListener(SWT.MouseDown, e -> shell.dispose());
		shell.setVisible(true);
		current = shell;
		display.timerExec(VISIBLE_MILLIS, () -> {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
		});
	}
}
