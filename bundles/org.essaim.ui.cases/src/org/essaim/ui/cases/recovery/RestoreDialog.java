/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * « Essaim s’est arrêté sans enregistrer » : the unsaved copies found, ticked; Restore opens each case with
 * the copy applied (unsaved, undoable), Discard deletes the copies, Later keeps them for the next start.
 */
final class RestoreDialog extends Dialog {

	private static final int DISCARD = IDialogConstants.CLIENT_ID + 1;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

	private final IWorkbenchWindow window;
	private final RecoveryArea area;
	private final List<RecoveryArea.Recovered> found;
	private CheckboxTableViewer list;

	RestoreDialog(IWorkbenchWindow window, RecoveryArea area) {
		super(window.getShell());
		this.window = window;
		this.area = area;
		this.found = area.list();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.restore_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label explanation = new Label(area, SWT.WRAP);
		explanation.setText(Messages.restore_explanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(explanation);
		list = CheckboxTableViewer.newCheckList(area, SWT.BORDER);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				RecoveryArea.Recovered recovered = (RecoveryArea.Recovered) element;
				return Messages.bind(Messages.restore_item, new Object[] { recovered.original().getFileName(),
						WHEN.format(recovered.savedAt()), recovered.original().getParent() });
			}
		});
		list.setInput(found.toArray());
		list.setAllChecked(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 140).applyTo(list.getControl());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.restore_restore, true);
		createButton(parent, DISCARD, Messages.restore_discard, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.restore_later, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			List<RecoveryArea.Recovered> chosen = List.of(list.getCheckedElements()).stream()
					.map(RecoveryArea.Recovered.class::cast).toList();
			close();
			new Restorer(window.getActivePage(), area).restore(chosen);
			return;
		}
		if (buttonId == DISCARD) {
			found.forEach(recovered -> area.discard(recovered.original()));
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}
}
