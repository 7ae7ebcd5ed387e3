/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.essaim.model.CaseFiles;
import org.essaim.ui.cases.timeline.ProtocolLookup;

/** Where the case goes, its id and title, and the protocol it follows (optional). */
final class NewCasePage extends WizardPage {

	private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	private final IContainer initialFolder;
	private Text folder;
	private Text id;
	private Text title;
	private Combo protocol;
	private final List<Path> protocolFiles = new ArrayList<>();

	NewCasePage(IContainer initialFolder) {
		super("newCase");
		this.initialFolder = initialFolder;
		setTitle(Messages.page_title);
		setDescription(Messages.page_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		folder = field(body, Messages.label_folder);
		folder.setText(initialFolder == null ? "" : initialFolder.getFullPath().makeRelative().toString());
		id = field(body, Messages.label_id);
		id.setMessage(Messages.hint_id);
		title = field(body, Messages.label_title);
		new Label(body, SWT.NONE).setText(Messages.label_protocol);
		protocol = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(protocol);
		fillProtocols();
		Label help = new Label(body, SWT.WRAP);
		help.setText(Messages.help_protocol);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(help);
		folder.addModifyListener(event -> {
			fillProtocols();
			validate();
		});
		id.addModifyListener(event -> validate());
		title.addModifyListener(event -> validate());
		setControl(body);
		validate();
		setErrorMessage(null);
	}

	private static Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** The protocols of the project the case goes into. */
	private void fillProtocols() {
		protocolFiles.clear();
		protocol.removeAll();
		protocol.add(Messages.protocol_none);
		IContainer container = container();
		Path root = container == null || container.getProject() == null || container.getProject().getLocation() == null ? null
				: container.getProject().getLocation().toPath();
		if (root != null) {
			for (Path file : ProtocolLookup.protocolFiles(root)) {
				protocolFiles.add(file);
				protocol.add(root.relativize(file).toString());
			}
		}
		protocol.select(0);
	}

	private void validate() {
		String error = null;
		IContainer container = container();
		if (container == null || !container.exists()) {
			error = Messages.error_folder;
		} else if (!ID.matcher(id.getText()).matches()) {
			error = id.getText().isEmpty() ? Messages.error_idMissing : Messages.bind(Messages.error_idFormat, id.getText());
		} else if (container.getFile(IPath.fromOSString(fileName())).exists()) {
			error = Messages.bind(Messages.error_exists, fileName());
		} else if (title.getText().isBlank()) {
			error = Messages.error_titleMissing;
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	IContainer container() {
		String path = folder.getText().strip();
		if (path.isEmpty()) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(path));
		return resource instanceof IContainer found ? found : null;
	}

	String fileName() {
		return id.getText() + "." + CaseFiles.EXTENSION;
	}

	String caseId() {
		return id.getText();
	}

	String caseTitle() {
		return title.getText().strip();
	}

	/** The protocol file chosen, if any. */
	Optional<Path> protocolFile() {
		int index = protocol.getSelectionIndex();
		return index <= 0 ? Optional.empty() : Optional.of(protocolFiles.get(index - 1));
	}

	/** Fills the page as a user would (tests): folder, id, title and the protocol file's name (or null). */
	void fill(String folderPath, String caseId, String caseTitle, String protocolFileName) {
		folder.setText(folderPath);
		id.setText(caseId);
		title.setText(caseTitle);
		for (int i = 0; protocolFileName != null && i < protocolFiles.size(); i++) {
			if (protocolFiles.get(i).getFileName().toString().equals(protocolFileName)) {
				protocol.select(i + 1);
			}
		}
	}
}
