/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.swt.custom.SashForm;
import org.essaim.index.FacetCounts;
import org.essaim.index.FacetFilter;
import org.essaim.index.SimilarCase;
import java.util.stream.Collectors;
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
	/**
	 * Pause after the last key before searching as the user types: short enough for results within 100 ms of
	 * the last key (a search of the example workspace takes a few ms), long enough to skip the keys of a word.
	 */
	static final int TYPING_DELAY_MILLIS = 20;
	private static final int SIMILAR_LIMIT = 10;

	private WorkspaceIndex index;
	private Display display;
	private FacetPanel facets;
	private List<FacetCounts> shownFacets = List.of();
	private List<SimilarCase> shownSimilar = List.of();
	private RegionHint regionHint;
	private final Runnable searchAfterTyping = this::runSearch;
	/** When the last search-as-you-type key was typed (nanoTime), to measure the delay until results show. */
	private long lastKeyNanos;
	private long lastTypingLatencyNanos = -1;
	/** When the shown search started (nanoTime) and how long its job and its display took. */
	private long searchStartNanos;
	private long lastSearchNanos = -1;
	private long lastDisplayNanos = -1;
	private final Consumer<IndexReport> rerunAfterUpdate = this::indexUpdated;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
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
		queryText.addListener(SWT.Modify, event -> typed());

		Button clearFilters = new Button(parent, SWT.PUSH);
		clearFilters.setText(Messages.facets_clear);
		clearFilters.addListener(SWT.Selection, event -> facets.clear());

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);

		index = WorkspaceIndex.current().orElse(null);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		facets = new FacetPanel(sash, filters -> runSearch());
		results = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
		sash.setWeights(22, 78);
		Table table = results.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		HitColumns.install(results, index != null ? index.workspaceFolder() : Path.of(""));
		ColumnViewerToolTipSupport.enableFor(results, ToolTip.NO_RECREATE);
		results.setContentProvider(ArrayContentProvider.getInstance());
		results.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(results);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, results);

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
		display.timerExec(-1, searchAfterTyping);
		runSearch();
	}

	/** Narrows the results to one facet value (replacing another value of its dimension), e.g. from the map. */
	public void filter(String dimension, String value) {
		facets.select(new FacetFilter(dimension, value));
	}

	/**
	 * Narrows the results to a région chosen on the map, which located {@code locatedCases} cases there from their
	 * territories and text: when no indexed case states that région, the status says so instead of a bare "0".
	 */
	public void filterByRegion(String region, int locatedCases) {
		regionHint = locatedCases > 0 ? new RegionHint(region, locatedCases) : null;
		filter("region", region);
	}

	/** Removes every facet filter. */
	public void clearFilters() {
		facets.clear();
	}

	/** The facet filters in force. */
	public List<FacetFilter> filters() {
		return facets.filters();
	}

	/** The facet counts of the shown results. */
	public List<FacetCounts> shownFacets() {
		return shownFacets;
	}

	/** The similar cases shown by the latest « Cas similaires », with their reasons. */
	public List<SimilarCase> shownSimilar() {
		return shownSimilar;
	}

	/** Milliseconds from the last typed key to its results on screen, or -1 before any search as you type. */
	public double lastTypingLatencyMillis() {
		return lastTypingLatencyNanos < 0 ? -1 : lastTypingLatencyNanos / 1e6;
	}

	/** The pause after the last key before searching (read at run time, for the printed figures). */
	static int typingDelayMillis() {
		return TYPING_DELAY_MILLIS;
	}

	/** The query box (tests type in it like a user would). */
	Text queryBox() {
		return queryText;
	}

	/** Of the latest search shown: milliseconds from its start to its answer, then to fill the results and facets. */
	public double[] lastSearchAndDisplayMillis() {
		return new double[] { lastSearchNanos / 1e6, lastDisplayNanos / 1e6 };
	}

	/** The facet tree (tests click its values like a user would). */
	FacetPanel facetPanel() {
		return facets;
	}

	/** Shows, in place of the results, the cases most like case {@code caseId} and why. */
	public void showSimilar(String caseId) {
		if (index == null) {
			status.setText(Messages.search_noWorkspace);
			return;
		}
		awaitingResults = true;
		status.setText(Messages.search_running);
		new SimilarJob(index, caseId, SIMILAR_LIMIT, similar -> inUiThread(display, () -> showSimilar(caseId, similar)),
				error -> inUiThread(display, () -> {
					awaitingResults = false;
					status.setText(error);
				})).schedule();
	}

	private void showSimilar(String caseId, List<SimilarCase> similar) {
		if (results.getControl().isDisposed()) {
			return;
		}
		awaitingResults = false;
		shownQuery = null;
		shownSimilar = List.copyOf(similar);
		// The reason takes the snippet column: it is what the user needs to judge the likeness.
		results.setInput(similar.stream()
				.map(s -> new SearchHit(s.hit().id(), s.hit().kind(), s.hit().title(), s.hit().file(), s.hit().score(), s.reason(),
						s.hit().status(), s.hit().completeness()))
				.toList());
		status.setText(similar.isEmpty() ? NLS.bind(Messages.search_similarNone, caseId) : NLS.bind(Messages.search_similar, similar.size(), caseId));
		status.getParent().layout(new Control[] { status });
	}

	private void typed() {
		lastKeyNanos = System.nanoTime();
		display.timerExec(TYPING_DELAY_MILLIS, searchAfterTyping);
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
		if (query.isEmpty() && facets.filters().isEmpty()) {
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
		searchStartNanos = System.nanoTime();
		SearchJob job = new SearchJob(index, query, facets.filters(), RESULT_LIMIT, outcome -> inUiThread(display, () -> show(outcome)));
		runningSearch = job;
		job.schedule();
	}

	private void show(SearchOutcome outcome) {
		if (results.getControl().isDisposed() || !outcome.query().equals(queryText.getText().strip())
				|| !outcome.filters().equals(facets.filters())) {
			return; // the user has typed another query or changed filters meanwhile: its own job will answer
		}
		long displayStart = System.nanoTime();
		lastSearchNanos = displayStart - searchStartNanos;
		shownQuery = outcome.query();
		awaitingResults = false;
		shownSimilar = List.of();
		results.setInput(outcome.hits());
		shownFacets = outcome.facets();
		if (!outcome.failed()) {
			facets.show(outcome.facets());
		}
		lastDisplayNanos = System.nanoTime() - displayStart;
		if (lastKeyNanos != 0) {
			lastTypingLatencyNanos = System.nanoTime() - lastKeyNanos;
			lastKeyNanos = 0;
		}
		status.setText(outcome.failed() ? outcome.error() : countMessage(outcome) + regionHint(outcome));
		status.getParent().layout(new Control[] { status });
	}

	/**
	 * When a région chosen on the map finds nothing, why: the map locates cases from their territories and text,
	 * while the "région" facet only knows the cases that state their région.
	 */
	private String regionHint(SearchOutcome outcome) {
		if (outcome.hits().isEmpty() && regionHint != null && outcome.filters().contains(new FacetFilter("region", regionHint.region()))) {
			return " " + NLS.bind(Messages.search_regionHint, regionHint.region(), regionHint.locatedCases());
		}
		return "";
	}

	/** What the map knew of a région it filtered by. */
	private record RegionHint(String region, int locatedCases) {
	}

	private static String countMessage(SearchOutcome outcome) {
		if (!outcome.filters().isEmpty()) {
			String filters = outcome.filters().stream().map(f -> f.dimension() + " = " + f.value()).collect(Collectors.joining(", "));
			return NLS.bind(Messages.search_filtered, new Object[] { outcome.hits().size(), outcome.totalHits(), filters });
		}
		return switch (outcome.hits().size()) {
			case 0 -> NLS.bind(Messages.search_noResult, outcome.query());
			case 1 -> NLS.bind(Messages.search_oneResult, outcome.query());
			default -> NLS.bind(Messages.search_results, outcome.hits().size(), outcome.query());
		};
	}

	private void clear() {
		awaitingResults = false;
		queryText.setText("");
		display.timerExec(-1, searchAfterTyping);
		shownQuery = null;
		shownFacets = List.of();
		shownSimilar = List.of();
		facets.show(List.of());
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
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, searchAfterTyping);
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
