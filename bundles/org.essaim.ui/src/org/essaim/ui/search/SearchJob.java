/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.essaim.index.QueryException;
import org.essaim.index.FacetFilter;
import org.essaim.index.SearchRequest;
import org.essaim.index.SearchResults;
import org.essaim.ui.EssaimUiPlugin;

/** Runs one query against the workspace index off the UI thread and hands the outcome to a callback. */
final class SearchJob extends Job {

	/** Family of search jobs, so that tests can wait for them. */
	static final Object FAMILY = SearchJob.class;

	private final WorkspaceIndex index;
	private final String query;
	private final int limit;
	private final List<FacetFilter> filters;
	private final Consumer<SearchOutcome> whenDone;

	SearchJob(WorkspaceIndex index, String query, List<FacetFilter> filters, int limit, Consumer<SearchOutcome> whenDone) {
		super(NLS.bind(Messages.job_searching, query));
		this.index = index;
		this.query = query;
		this.limit = limit;
		this.filters = List.copyOf(filters);
		this.whenDone = whenDone;
		setPriority(INTERACTIVE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SearchOutcome outcome;
		try {
			// A blank query with filters lists what the filters select (the index reads "*" as "everything").
			String words = query.isBlank() ? "*" : query;
			SearchResults results = index.search(new SearchRequest(words, filters, limit));
			outcome = SearchOutcome.found(query, filters, results.hits(), results.totalHits(), results.facets());
		} catch (QueryException e) {
			outcome = SearchOutcome.failed(query, filters, e.getMessage());
		} catch (IOException | RuntimeException e) {
			EssaimUiPlugin.logError("Search failed for: " + query, e);
			outcome = SearchOutcome.failed(query, filters, NLS.bind(Messages.search_indexUnreadable, e.getMessage()));
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		whenDone.accept(outcome);
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
