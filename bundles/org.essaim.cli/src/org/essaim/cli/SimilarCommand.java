/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.essaim.index.EssaimIndex;
import org.essaim.index.QueryException;
import org.essaim.index.SimilarCase;

/** {@code essaim similar <workspace> <case-id>}: the closest cases, each with the words and facets it shares. */
final class SimilarCommand implements Command {

	private static final int DEFAULT_LIMIT = 5;

	@Override
	public String name() {
		return "similar";
	}

	@Override
	public String operands() {
		return "<espace> <id-du-cas>";
	}

	@Override
	public String summary() {
		return Messages.format("similar.summary");
	}

	@Override
	public Options options() {
		return IndexOptions.addTo(new Options())
				.addOption(Option.builder().longOpt("limit").hasArg().argName("N").desc(Messages.format("option.similarLimit")).get())
				.addOption(Option.builder().longOpt("json").desc(Messages.format("option.json")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 2, 2);
		Path workspace = context.folder(operands.get(0));
		int limit = SearchCommand.limit(line, DEFAULT_LIMIT);
		try (EssaimIndex index = EssaimIndex.open(workspace, IndexOptions.indexDir(context, line, workspace))) {
			index.update();
			List<SimilarCase> similar;
			try {
				similar = index.similar(operands.get(1), limit);
			} catch (QueryException e) {
				context.err().println("essaim similar: " + e.getMessage());
				return FAILED;
			}
			if (line.hasOption("json")) {
				context.out().println(json(similar, workspace));
			} else if (similar.isEmpty()) {
				context.out().println(Messages.format("similar.none"));
			} else {
				int rank = 1;
				for (SimilarCase s : similar) {
					context.out().printf("%2d. %s — %s%s  (%.2f)%n", rank++, s.hit().id(), s.hit().title(), SearchCommand.marks(s.hit()), s.hit().score());
					context.out().printf("    %s%n", s.reason());
				}
			}
		}
		return OK;
	}

	private static String json(List<SimilarCase> similar, Path workspace) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < similar.size(); i++) {
			SimilarCase s = similar.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("  {");
			SearchHitsJson.field(json, "rank", Integer.toString(i + 1)).append(", ");
			SearchHitsJson.field(json, "id", SearchHitsJson.quote(s.hit().id())).append(", ");
			SearchHitsJson.field(json, "title", SearchHitsJson.quote(s.hit().title())).append(", ");
			SearchHitsJson.field(json, "file", SearchHitsJson.quote(workspace.relativize(s.hit().file()).toString())).append(", ");
			SearchHitsJson.field(json, "score", String.format(Locale.ROOT, "%.4f", s.hit().score())).append(", ");
			SearchHitsJson.field(json, "draft", Boolean.toString(s.hit().draft())).append(", ");
			SearchHitsJson.field(json, "sharedTerms", array(s.sharedTerms())).append(", ");
			SearchHitsJson.field(json, "sharedFacets", array(s.sharedFacets())).append(", ");
			SearchHitsJson.field(json, "reason", SearchHitsJson.quote(s.reason())).append("}");
		}
		return json.append(similar.isEmpty() ? "]" : "\n]").toString();
	}

	private static String array(List<String> values) {
		return "[" + String.join(", ", values.stream().map(SearchHitsJson::quote).toList()) + "]";
	}
}
