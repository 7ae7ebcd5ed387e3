/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.EssaimUiPlugin;
import org.essaim.ui.workspace.WorkspaceProject;

/** File &gt; New &gt; Protocol: a new .coop file in protocols/, copied from a protocol of the library or empty. */
public final class NewProtocolWizard extends Wizard implements INewWizard {

	/** Wizard id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.wizards.newProtocol";
	private static final Pattern FILE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*");

	private IWorkbench workbench;
	private Page page;

	public NewProtocolWizard() {
		setWindowTitle(Messages.wizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = WorkspaceProject.current().orElse(null);
		if (project == null) {
			return false;
		}
		IContainer folder = project.getFolder("protocols");
		IFile file = folder.getFile(IPath.fromOSString(page.fileName()));
		String name = ProtocolTemplates.nameFor(page.fileName());
		try {
			String text = page.template() == null ? ProtocolTemplates.empty(name, Messages.wizard_emptyTitle)
					: ProtocolTemplates.copy(page.template(), name);
			if (!folder.exists()) {
				((IFolder) folder).create(true, true, null);
			}
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			file.setCharset("UTF-8", null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ProtocolEditor.ID);
			return true;
		} catch (IOException | CoreException e) {
			EssaimUiPlugin.logError("Cannot create the protocol " + file.getFullPath(), e);
			MessageDialog.openError(getShell(), Messages.wizard_title, String.valueOf(e.getMessage()));
			return false;
		}
	}

	/** The file name and the template. */
	private static final class Page extends WizardPage {
		private Text name;
		private List list;
		private final java.util.List<ProtocolTemplates.Template> templates = new ArrayList<>();

		Page() {
			super("protocol");
			setTitle(Messages.wizard_title);
			setDescription(Messages.wizard_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText(Messages.wizard_fileName);
			name = new Text(body, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText("nouveau-protocole");
			Label label = new Label(body, SWT.NONE);
			label.setText(Messages.wizard_template);
			label.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
			list = new List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
			GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
			listData.heightHint = 220;
			list.setLayoutData(listData);
			list.add(Messages.wizard_emptyTemplate);
			WorkspaceProject.currentFolder().ifPresent(folder -> templates.addAll(ProtocolTemplates.of(folder)));
			for (ProtocolTemplates.Template template : templates) {
				list.add(template.name() + "  (" + template.file().getFileName() + ")");
			}
			list.select(0);
			name.addModifyListener(event -> validate());
			list.addListener(SWT.Selection, event -> validate());
			setControl(body);
			validate();
		}

		private void validate() {
			String error = null;
			if (WorkspaceProject.current().isEmpty()) {
				error = Messages.wizard_noProject;
			} else if (!FILE_NAME.matcher(name.getText().replaceFirst("\\.coop$", "")).matches()) {
				error = Messages.wizard_badName;
			} else if (WorkspaceProject.current().get().getFolder("protocols").getFile(fileName()).exists()) {
				error = NLS.bind(Messages.wizard_fileExists, fileName());
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		String fileName() {
			String text = name.getText().strip();
			return text.endsWith(".coop") ? text : text + ".coop";
		}

		ProtocolTemplates.Template template() {
			int index = list.getSelectionIndex();
			return index <= 0 ? null : templates.get(index - 1);
		}
	}
}
