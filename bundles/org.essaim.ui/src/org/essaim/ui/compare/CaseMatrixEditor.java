/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.essaim.index.compare.CaseMatrix;
import org.essaim.index.compare.MatrixFormats;
import org.essaim.ui.EssaimUiPlugin;

/** « Matrice des cas »: one row per case, one column per dimension; click a header to sort, export as CSV. */
public final class CaseMatrixEditor extends EditorPart {

	/** Editor id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.editors.matrix";

	private TableViewer table;
	private CaseMatrix matrix;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CaseMatrixInput matrixInput)) {
			throw new PartInitException("Not a case matrix: " + input);
		}
		setSite(site);
		setInput(input);
		matrix = matrixInput.matrix();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(parent);
		Label summary = new Label(parent, SWT.NONE);
		summary.setText(NLS.bind(Messages.matrix_summary, matrix.rows().size(), matrix.columns().size()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Button export = new Button(parent, SWT.PUSH);
		export.setText(Messages.matrix_export);
		export.addListener(SWT.Selection, event -> chooseAndExport());

		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table control = table.getTable();
		control.setHeaderVisible(true);
		control.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(control);
		List<String> columns = matrix.columns();
		for (int i = 0; i < columns.size(); i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
			column.getColumn().setText(columns.get(i));
			column.getColumn().setWidth(i == 0 ? 120 : 200);
			column.getColumn().setToolTipText(Messages.matrix_sortTooltip);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					List<?> row = (List<?>) element;
					return index < row.size() ? String.valueOf(row.get(index)).replace('\n', ' ') : "";
				}

				@Override
				public String getToolTipText(Object element) {
					return getText(element);
				}
			});
			column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), index));
		}
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(matrix.rows());
	}

	/** Sorts by a column; a second click on the same column reverses the order. */
	void sortBy(TableColumn column, int index) {
		Table control = table.getTable();
		int direction = control.getSortColumn() == column && control.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		control.setSortColumn(column);
		control.setSortDirection(direction);
		Collator collator = Collator.getInstance(Locale.FRENCH);
		table.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object a, Object b) {
				String left = cell(a, index);
				String right = cell(b, index);
				int order = collator.compare(left, right);
				return direction == SWT.UP ? order : -order;
			}
		});
	}

	private static String cell(Object row, int index) {
		List<?> cells = (List<?>) row;
		return index < cells.size() ? String.valueOf(cells.get(index)) : "";
	}

	/** The table widget (tests sort it like a user). */
	Table tableControl() {
		return table.getTable();
	}

	/** The first cell (case id) of each row, in the order shown. */
	public List<String> shownCaseIds() {
		Table control = table.getTable();
		return java.util.Arrays.stream(control.getItems()).map(item -> item.getText(0)).toList();
	}

	public CaseMatrix matrix() {
		return matrix;
	}

	/** Writes the matrix as CSV (UTF-8) to {@code file}. */
	public void exportCsv(Path file) throws IOException {
		Files.writeString(file, MatrixFormats.csv(matrix), StandardCharsets.UTF_8);
	}

	private void chooseAndExport() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("matrice-des-cas.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			exportCsv(Path.of(chosen));
		} catch (IOException e) {
			EssaimUiPlugin.logError("Cannot export the matrix to " + chosen, e);
			MessageDialog.openError(getSite().getShell(), Messages.matrix_export, NLS.bind(Messages.matrix_exportFailed, chosen, e.getMessage()));
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Nothing to save: the matrix is computed from the cases.
	}

	@Override
	public void doSaveAs() {
		chooseAndExport();
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
