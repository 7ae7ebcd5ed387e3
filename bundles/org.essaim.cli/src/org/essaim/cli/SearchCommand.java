/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.index.EssaimIndex;
import org.essaim.index.QueryException;
import org.essaim.index.SearchHit;

/** {@code essaim search <workspace> "<query>"}: ranked hits, the index being updated first. */
final class SearchCommand implements Command {

	private static final int DEFAULT_LIMIT = 10;

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String operands() {
		return "<espace> \"<requête>\"";
	}

	@Override
	public String summary() {
		return Messages.format("search.summary");
	}

	@Override
	public Options options() {
		return IndexOptions.addTo(new Options())
				.addOption(Option.builder().longOpt("limit").hasArg().argName("N").desc(Messages.format("option.limit")).get())
				.addOption(Option.builder().longOpt("json").desc(Messages.format("option.json")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 2, 2);
		Path workspace = context.folder(operands.get(0));
		int limit = limit(line);
		try (EssaimIndex index = EssaimIndex.open(workspace, IndexOptions.indexDir(context, line, workspace))) {
			// Searching never shows stale results: files changed since the last run are re-indexed first.
			index.update();
			List<SearchHit> hits;
			try {
				hits = index.search(operands.get(1), limit);
			} catch (QueryException e) {
				context.err().println("essaim search: " + e.getMessage());
				return FAILED;
			}
			if (line.hasOption("json")) {
				context.out().println(SearchHitsJson.of(hits, workspace));
			} else {
				printText(context, hits, workspace);
			}
		}
		return OK;
	}

	private static int limit(CommandLine line) throws ParseException {
		if (!line.hasOption("limit")) {
			return DEFAULT_LIMIT;
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

	private static void printText(CommandContext context, List<SearchHit> hits, Path workspace) {
		if (hits.isEmpty()) {
			context.out().println(Messages.format("search.none"));
			return;
		}
		int rank = 1;
		for (SearchHit hit : hits) {
			String kind = Messages.format(SearchHit.CASE.equals(hit.kind()) ? "kind.case" : "kind.protocol");
			context.out().printf("%2d. [%s] %s — %s  (%.2f)%n", rank++, kind, hit.id(), hit.title(), hit.score());
			context.out().printf("    %s%n", workspace.relativize(hit.file()));
			if (!hit.snippet().isEmpty()) {
				context.out().printf("    %s%n", hit.snippet());
			}
		}
	}
}
