/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** « Publier le guide »: publishes in a job and brings the preview forward (without taking the focus). */
public final class PublishHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Publication.publish(); // first, so that a preview opening now waits for it instead of publishing too
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.showView(PreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				PublishPlugin.log(e.getStatus());
			}
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return Publication.project().isPresent();
	}
}
