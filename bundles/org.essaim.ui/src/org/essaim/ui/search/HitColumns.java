/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.text.NumberFormat;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.essaim.index.SearchHit;

/** The columns of the results table: title, kind, score and snippet. */
final class HitColumns {

	private HitColumns() {
	}

	static void install(TableViewer viewer, Path workspaceFolder) {
		column(viewer, Messages.column_title, 300, SWT.LEFT).setLabelProvider(new TitleLabels(workspaceFolder));
		column(viewer, Messages.column_kind, 120, SWT.LEFT).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return kindLabel(((SearchHit) element).kind());
			}
		});
		NumberFormat scoreFormat = NumberFormat.getNumberInstance();
		scoreFormat.setMinimumFractionDigits(2);
		scoreFormat.setMaximumFractionDigits(2);
		column(viewer, Messages.column_score, 70, SWT.RIGHT).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return scoreFormat.format(((SearchHit) element).score());
			}
		});
		column(viewer, Messages.column_snippet, 600, SWT.LEFT).setLabelProvider(new SnippetLabels());
	}

	/** French (or English) name of a hit's kind. */
	static String kindLabel(String kind) {
		return switch (kind) {
			case SearchHit.CASE -> Messages.kind_case;
			case SearchHit.PROTOCOL -> Messages.kind_protocol;
			default -> kind;
		};
	}

	/** "ébauche", "brouillon", both, or "" for a reviewed, complete hit. */
	static String draftMark(SearchHit hit) {
		List<String> marks = new java.util.ArrayList<>();
		if ("brouillon".equals(hit.status())) {
			marks.add(Messages.search_statusDraft);
		}
		if ("ébauche".equals(hit.completeness())) {
			marks.add(Messages.search_draft);
		}
		return String.join(", ", marks);
	}

	private static TableViewerColumn column(TableViewer viewer, String title, int width, int alignment) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		return column;
	}

	/** The title, with the file's path (relative to the workspace) as tool tip. */
	private static final class TitleLabels extends ColumnLabelProvider {

		private final Path workspaceFolder;

		TitleLabels(Path workspaceFolder) {
			this.workspaceFolder = workspaceFolder;
		}

		@Override
		public String getText(Object element) {
			SearchHit hit = (SearchHit) element;
			String title = hit.title() == null || hit.title().isBlank() ? String.valueOf(hit.file().getFileName()) : hit.title();
			String mark = draftMark(hit);
			return mark.isEmpty() ? title : title + "  [" + mark + "]";
		}

		@Override
		public org.eclipse.swt.graphics.Color getForeground(Object element) {
			// Drafts and stubs are unreviewed or thin: shown in grey so that they do not read like finished cases.
			return ((SearchHit) element).draft() ? org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
		}

		@Override
		public Image getImage(Object element) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
		}

		@Override
		public String getToolTipText(Object element) {
			Path file = ((SearchHit) element).file();
			return file.isAbsolute() && file.startsWith(workspaceFolder) ? workspaceFolder.relativize(file).toString() : file.toString();
		}
	}
}
