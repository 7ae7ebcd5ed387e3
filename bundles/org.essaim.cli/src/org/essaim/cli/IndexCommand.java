/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.essaim.core.Problem;
import org.essaim.index.EssaimIndex;
import org.essaim.index.IndexReport;

/** {@code essaim index <workspace>}: brings the workspace's search index up to date. */
final class IndexCommand implements Command {

	@Override
	public String name() {
		return "index";
	}

	@Override
	public String operands() {
		return "<espace>";
	}

	@Override
	public String summary() {
		return Messages.format("index.summary");
	}

	@Override
	public Options options() {
		return IndexOptions.addTo(new Options())
				.addOption(Option.builder().longOpt("rebuild").desc(Messages.format("option.rebuild")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		Path workspace = context.folder(operands(line, 1, 1).get(0));
		Path indexDir = IndexOptions.indexDir(context, line, workspace);
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			IndexReport report = line.hasOption("rebuild") ? index.rebuild() : index.update();
			for (Problem problem : report.problems()) {
				context.err().println(problem.format(context.workingDirectory()));
			}
			context.out().println(Messages.format("index.done", report.indexed(), report.removed(), report.total(), report.millis(), indexDir));
		}
		return OK;
	}
}
