/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.essaim.index.IndexReport;
import org.essaim.index.SearchHit;
import org.essaim.ui.EssaimUiPlugin;

/** The "Recherche" view: a query box and the ranked protocols and case studies it finds. */
public final class SearchView extends ViewPart {

	/** View id, as declared in plugin.xml. */
	public static final String ID = "org.essaim.ui.views.search";

	/** More results than a person reads; the index ranks them, so the rest can be reached by refining. */
	private static final int RESULT_LIMIT = 200;

	private Text queryText;
	private Label status;
	private TableViewer results;
	private SearchJob runningSearch;
	private String shownQuery;
	/** A query was run whose results are not shown yet: nothing else may take the status line meanwhile. */
	private boolean awaitingResults;
	private WorkspaceIndex index;
	private Display display;
	private final Consumer<IndexReport> rerunAfterUpdate = this::indexUpdated;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(parent);
		Label label = new Label(parent, SWT.NONE);
		label.setText(Messages.search_queryLabel);

		queryText = new Text(parent, SWT.SINGLE | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		queryText.setMessage(Messages.search_queryHint);
		queryText.setToolTipText(Messages.search_queryTooltip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queryText);
		queryText.addListener(SWT.DefaultSelection, event -> {
			if (event.detail == SWT.ICON_CANCEL) {
				clear();
			} else {
				runSearch();
			}
		});

		Button searchButton = new Button(parent, SWT.PUSH);
		searchButton.setText(Messages.search_button);
		searchButton.addListener(SWT.Selection, event -> runSearch());

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);

		index = WorkspaceIndex.current().orElse(null);
		results = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = results.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
		HitColumns.install(results, index != null ? index.workspaceFolder() : Path.of(""));
		ColumnViewerToolTipSupport.enableFor(results, ToolTip.NO_RECREATE);
		results.setContentProvider(ArrayContentProvider.getInstance());
		results.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(results);

		getViewSite().getActionBars().getToolBarManager().add(new UpdateIndexAction());
		if (index != null) {
			index.addUpdateListener(rerunAfterUpdate);
			status.setText(Messages.search_ready);
		} else {
			status.setText(Messages.search_noWorkspace);
		}
	}

	/** Types {@code query} in the box and runs it (used by commands and tests). */
	public void search(String query) {
		queryText.setText(query);
		runSearch();
	}

	/** The hits shown, in ranking order. */
	public List<SearchHit> shownHits() {
		Object input = results.getInput();
		return input instanceof List<?> list ? list.stream().map(SearchHit.class::cast).toList() : List.of();
	}

	/** The results table (tests drive it like a user would). */
	Table shownHitsTable() {
		return results.getTable();
	}

	/** The status line (result count or error). */
	public String statusText() {
		return status.getText();
	}

	private void runSearch() {
		String query = queryText.getText().strip();
		if (query.isEmpty()) {
			clear();
			return;
		}
		if (index == null) {
			status.setText(Messages.search_noWorkspace);
			return;
		}
		if (runningSearch != null) {
			runningSearch.cancel();
		}
		status.setText(Messages.search_running);
		awaitingResults = true;
		SearchJob job = new SearchJob(index, query, RESULT_LIMIT, outcome -> inUiThread(display, () -> show(outcome)));
		runningSearch = job;
		job.schedule();
	}

	private void show(SearchOutcome outcome) {
		if (results.getControl().isDisposed() || !outcome.query().equals(queryText.getText().strip())) {
			return; // the user has typed another query meanwhile: its own job will answer
		}
		shownQuery = outcome.query();
		awaitingResults = false;
		results.setInput(outcome.hits());
		status.setText(outcome.failed() ? outcome.error() : countMessage(outcome));
		status.getParent().layout(new Control[] { status });
	}

	private static String countMessage(SearchOutcome outcome) {
		return switch (outcome.hits().size()) {
			case 0 -> NLS.bind(Messages.search_noResult, outcome.query());
			case 1 -> NLS.bind(Messages.search_oneResult, outcome.query());
			default -> NLS.bind(Messages.search_results, outcome.hits().size(), outcome.query());
		};
	}

	private void clear() {
		awaitingResults = false;
		queryText.setText("");
		shownQuery = null;
		results.setInput(List.of());
		status.setText(Messages.search_ready);
	}

	private void openSelection(IStructuredSelection selection) {
		for (Object element : selection.toList()) {
			try {
				HitOpener.open(getSite().getPage(), (SearchHit) element, index.workspaceFolder());
			} catch (PartInitException e) {
				EssaimUiPlugin.logError("Cannot open " + ((SearchHit) element).file(), e);
				status.setText(NLS.bind(Messages.search_cannotOpen, ((SearchHit) element).file()));
			}
		}
	}

	/** After a file changed and the index caught up, the shown results may be stale: run the query again. */
	private void indexUpdated(IndexReport report) {
		inUiThread(display, () -> {
			if (queryText.isDisposed()) {
				return;
			}
			if (shownQuery != null && shownQuery.equals(queryText.getText().strip())) {
				runSearch();
			} else if (!awaitingResults) {
				status.setText(NLS.bind(Messages.search_indexed, report.total()));
			}
		});
	}

	/** Hands work from a job to the UI thread, unless the workbench has closed meanwhile. */
	private static void inUiThread(Display uiDisplay, Runnable work) {
		if (!uiDisplay.isDisposed()) {
			uiDisplay.asyncExec(work);
		}
	}

	@Override
	public void setFocus() {
		queryText.setFocus();
	}

	@Override
	public void dispose() {
		if (index != null) {
			index.removeUpdateListener(rerunAfterUpdate);
		}
		if (runningSearch != null) {
			runningSearch.cancel();
		}
		super.dispose();
	}

	/** Tool bar button that re-reads the changed files now (e.g. after edits made outside Essaim). */
	private final class UpdateIndexAction extends Action {

		UpdateIndexAction() {
			super(Messages.search_updateIndex);
			setToolTipText(Messages.search_updateIndexTooltip);
			setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		}

		@Override
		public void run() {
			if (index != null) {
				status.setText(Messages.search_updating);
				index.scheduleUpdate();
			}
		}
	}
}
