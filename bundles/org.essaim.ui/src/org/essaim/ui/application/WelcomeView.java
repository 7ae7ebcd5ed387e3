/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.protocol.NewProtocolWizard;
import org.essaim.ui.workspace.WorkspaceProject;

/** The welcome page: what Essaim is for, and one click to each of the three ways of working. */
public final class WelcomeView extends ViewPart {

	/** View id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.views.welcome";
	private static final String EXAMPLE_PROTOCOL = "protocols/territoire-camp.coop";

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.welcome_title);
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 1;
		layout.verticalSpacing = 16;
		layout.leftMargin = 16;
		layout.rightMargin = 16;
		form.getBody().setLayout(layout);

		TableWrapData introData = new TableWrapData(TableWrapData.FILL_GRAB);
		toolkit.createLabel(form.getBody(), Messages.welcome_intro, SWT.WRAP).setLayoutData(introData);

		section(Messages.welcome_capitalisation, Messages.welcome_capitalisationText, Messages.welcome_capitalisationLink,
				() -> showPerspective(CapitalisationPerspective.ID));
		Section protocols = section(Messages.welcome_protocols, Messages.welcome_protocolsText, Messages.welcome_protocolsLink,
				() -> {
					showPerspective(ProtocolesPerspective.ID);
					openExample();
				});
		link((Composite) protocols.getClient(), Messages.welcome_newProtocol, this::newProtocol);
		section(Messages.welcome_publication, Messages.welcome_publicationText, Messages.welcome_publicationLink,
				() -> showPerspective(PublicationPerspective.ID));
	}

	private Section section(String title, String text, String linkText, Runnable action) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
		section.setText(title);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new TableWrapLayout());
		toolkit.createLabel(client, text, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		link(client, linkText, action);
		section.setClient(client);
		return section;
	}

	private void link(Composite parent, String text, Runnable action) {
		toolkit.createHyperlink(parent, text, SWT.WRAP).addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				action.run();
			}
		});
	}

	private IWorkbenchWindow window() {
		return getSite().getWorkbenchWindow();
	}

	private void showPerspective(String id) {
		try {
			PlatformUI.getWorkbench().showPerspective(id, window());
		} catch (WorkbenchException e) {
			EssaimUiPlugin.logError("Cannot show the perspective " + id, e);
		}
	}

	private void openExample() {
		WorkspaceProject.current().ifPresent(project -> {
			IFile file = project.getFile(EXAMPLE_PROTOCOL);
			if (file.exists()) {
				try {
					IDE.openEditor(window().getActivePage(), file);
				} catch (PartInitException e) {
					EssaimUiPlugin.logError("Cannot open " + file, e);
				}
			}
		});
	}

	private void newProtocol() {
		NewProtocolWizard wizard = new NewProtocolWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
