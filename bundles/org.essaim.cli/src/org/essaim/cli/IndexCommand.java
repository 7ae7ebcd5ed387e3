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

	private static String relative(CommandContext context, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(context.workingDirectory()) ? context.workingDirectory().relativize(absolute).toString() : absolute.toString();
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
			if (!report.unreadable().isEmpty()) {
				// Searching would silently miss these files: the run fails and names them.
				List<String> names = report.unreadable().stream().map(file -> relative(context, file)).toList();
				context.err().println("essaim index: " + Messages.format("index.unreadable", names.size(), String.join(", ", names)));
				return FAILED;
			}
		}
		return OK;
	}
}
