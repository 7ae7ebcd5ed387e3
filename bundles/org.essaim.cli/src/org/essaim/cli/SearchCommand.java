/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.index.EssaimIndex;
import org.essaim.index.FacetCounts;
import org.essaim.index.FacetFilter;
import org.essaim.index.FacetValue;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;
import org.essaim.index.SearchRequest;
import org.essaim.index.SearchResults;

/**
 * {@code essaim search <workspace> "<query>" [--facet kind=value ...]}: ranked hits with the facet counts of all
 * matches, the index being updated first. Without words, the filters alone select (browsing by facets).
 */
final class SearchCommand implements Command {

	private static final int DEFAULT_LIMIT = 10;
	private static final int FACET_VALUES_PRINTED = 8;

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String operands() {
		return "<espace> \"<requête>\" [--facet facette=valeur ...]";
	}

	@Override
	public String summary() {
		return Messages.format("search.summary");
	}

	@Override
	public Options options() {
		return IndexOptions.addTo(new Options())
				.addOption(Option.builder().longOpt("facet").hasArg().argName("facette=valeur").desc(Messages.format("option.facet")).get())
				.addOption(Option.builder().longOpt("limit").hasArg().argName("N").desc(Messages.format("option.limit")).get())
				.addOption(Option.builder().longOpt("json").desc(Messages.format("option.json")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 1, 2);
		Path workspace = context.folder(operands.get(0));
		int limit = limit(line, DEFAULT_LIMIT);
		String query = operands.size() > 1 ? operands.get(1) : "";
		try (EssaimIndex index = EssaimIndex.open(workspace, IndexOptions.indexDir(context, line, workspace))) {
			// Searching never shows stale results: files changed since the last run are re-indexed first.
			index.update();
			SearchResults results;
			try {
				results = index.search(new SearchRequest(query, filters(line), limit));
			} catch (QueryException e) {
				context.err().println("essaim search: " + e.getMessage());
				return FAILED;
			}
			// What was left out of a query too large to run whole: said on stderr, so that --json stays parseable.
			results.notices().forEach(notice -> context.err().println("essaim search: " + notice));
			if (line.hasOption("json")) {
				context.out().println(SearchHitsJson.of(results.hits(), workspace));
			} else {
				printText(context, results, workspace);
			}
		}
		return OK;
	}

	private static List<FacetFilter> filters(CommandLine line) throws QueryException {
		List<FacetFilter> filters = new ArrayList<>();
		String[] typed = line.getOptionValues("facet");
		if (typed != null) {
			for (String filter : typed) {
				filters.add(FacetFilter.parse(filter));
			}
		}
		return filters;
	}

	/** {@code --limit N}, a positive integer. */
	static int limit(CommandLine line, int byDefault) throws ParseException {
		if (!line.hasOption("limit")) {
			return byDefault;
		}
		try {
			int limit = Integer.parseInt(line.getOptionValue("limit"));
			if (limit > 0) {
				return limit;
			}
		} catch (NumberFormatException e) {
			// reported below, like a zero or negative limit
		}
		throw new ParseException(Messages.format("badLimit", line.getOptionValue("limit")));
	}

	private static void printText(CommandContext context, SearchResults results, Path workspace) {
		if (results.hits().isEmpty()) {
			context.out().println(Messages.format("search.none"));
			return;
		}
		int rank = 1;
		for (SearchHit hit : results.hits()) {
			context.out().printf("%2d. [%s] %s — %s%s  (%.2f)%n", rank++, kind(hit), hit.id(), hit.title(), marks(hit), hit.score());
			context.out().printf("    %s%n", workspace.relativize(hit.file()));
			if (!hit.snippet().isEmpty()) {
				context.out().printf("    %s%n", hit.snippet());
			}
		}
		context.out().println();
		context.out().println(Messages.format("search.facets", results.totalHits()));
		for (FacetCounts facet : results.facets()) {
			List<String> values = facet.values().stream().limit(FACET_VALUES_PRINTED).map(SearchCommand::valueWithCount).toList();
			String more = facet.values().size() > FACET_VALUES_PRINTED ? ", …" : "";
			context.out().printf("  %s (%s) : %s%s%n", facet.label(), facet.dimension(), String.join(", ", values), more);
		}
	}

	static String kind(SearchHit hit) {
		return Messages.format(SearchHit.CASE.equals(hit.kind()) ? "kind.case" : "kind.protocol");
	}

	/** " [brouillon, ébauche]" for drafts and stubs, so that they are found and seen for what they are. */
	static String marks(SearchHit hit) {
		List<String> marks = new ArrayList<>();
		if ("brouillon".equals(hit.status())) {
			marks.add(Messages.format("search.draft"));
		}
		if ("ébauche".equals(hit.completeness())) {
			marks.add(Messages.format("search.stub"));
		}
		return marks.isEmpty() ? "" : " [" + String.join(", ", marks) + "]";
	}

	private static String valueWithCount(FacetValue value) {
		return value.value() + " (" + value.count() + ")";
	}
}
