/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * « Aperçu du guide »: the published site in the internal browser, published again and refreshed when a file of
 * the guide is saved. Where the system has no browser engine (WebKitGTK missing), it says so and offers to open the
 * guide in the system's browser instead.
 */
public final class PreviewView extends ViewPart {

	/** View id: matches the Publication perspective's placeholder. */
	public static final String ID = "org.essaim.ui.publish.preview";

	private final SaveWatcher watcher = new SaveWatcher();
	private final Consumer<PublishOutcome> onPublished = outcome -> asyncShow(outcome);
	private Composite stack;
	private StackLayout layout;
	private Browser browser;
	private Composite message;
	private Label status;
	private Link external;
	private String browserProblem;
	private String lastStatus = "";

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		browser = createBrowser(stack);
		message = new Composite(stack, SWT.NONE);
		message.setLayout(new GridLayout(1, false));
		status = new Label(message, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		external = new Link(message, SWT.NONE);
		external.setText(Messages.preview_openExternal);
		external.addListener(SWT.Selection, e -> Publication.index().filter(Files::isRegularFile).ifPresent(i -> Program.launch(i.toString())));
		contributeActions();
		Publication.addListener(onPublished);
		watcher.start();
		showCurrent();
	}

	private Browser createBrowser(Composite parent) {
		try {
			return new Browser(parent, SWT.NONE);
		} catch (SWTError unavailable) {
			browserProblem = unavailable.getMessage();
			return null;
		}
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		toolBar.add(action(Messages.preview_back, images, ISharedImages.IMG_TOOL_BACK, () -> browser.back()));
		toolBar.add(action(Messages.preview_forward, images, ISharedImages.IMG_TOOL_FORWARD, () -> browser.forward()));
		toolBar.add(action(Messages.preview_home, images, ISharedImages.IMG_ETOOL_HOME_NAV, this::goHome));
		Action publish = new Action(Messages.preview_publish) {
			@Override
			public void run() {
				Publication.publish();
			}
		};
		publish.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		toolBar.add(publish);
	}

	private Action action(String label, ISharedImages images, String image, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				if (browser != null && !browser.isDisposed()) {
					run.run();
				}
			}
		};
		action.setImageDescriptor(images.getImageDescriptor(image));
		action.setEnabled(browser != null);
		return action;
	}

	/** Shows the last publication, or publishes quietly when there is none yet. */
	private void showCurrent() {
		Optional<Path> index = Publication.index();
		if (index.isPresent() && Files.isRegularFile(index.get())) {
			showPublished(index.get(), false);
		} else {
			showMessage(index.isPresent() ? Messages.preview_publishing : Messages.preview_notPublished);
			if (index.isPresent() && Job.getJobManager().find(Publication.FAMILY).length == 0) {
				Publication.publishSoon(0);
			}
		}
	}

	private void asyncShow(PublishOutcome outcome) {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		stack.getDisplay().asyncExec(() -> {
			if (stack.isDisposed()) {
				return;
			}
			if (outcome.succeeded()) {
				showPublished(outcome.index(), true);
			} else {
				showMessage(NLS.bind(Messages.done_failed, outcome.failure()));
			}
		});
	}

	/** The browser on the guide: the same page again after a republication, the home page the first time. */
	private void showPublished(Path index, boolean republished) {
		if (browser == null) {
			showMessage(NLS.bind(Messages.preview_noBrowser, browserProblem) + "\n\n" + index);
			return;
		}
		String url = browser.getUrl();
		if (republished && url != null && url.startsWith(index.getParent().toUri().toString())) {
			browser.refresh();
		} else {
			browser.setUrl(index.toUri().toString());
		}
		layout.topControl = browser;
		stack.layout();
		lastStatus = "";
	}

	private void showMessage(String text) {
		status.setText(text);
		external.setVisible(Publication.index().filter(Files::isRegularFile).isPresent());
		layout.topControl = message;
		message.layout();
		stack.layout();
		lastStatus = text;
	}

	private void goHome() {
		Publication.index().filter(Files::isRegularFile).ifPresent(index -> browser.setUrl(index.toUri().toString()));
	}

	/** Whether the internal browser could be created (false without WebKitGTK). */
	public boolean hasBrowser() {
		return browser != null;
	}

	/** The message shown instead of the guide (empty while the browser shows it). */
	public String statusText() {
		return lastStatus;
	}

	/** Whether the link to the system browser is offered. */
	public boolean offersExternalBrowser() {
		return external.isVisible();
	}

	@Override
	public void setFocus() {
		if (layout.topControl != null) {
			layout.topControl.setFocus();
		}
	}

	@Override
	public void dispose() {
		watcher.stop();
		Publication.removeListener(onPublished);
		super.dispose();
	}
}
