/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.Problem;
import org.essaim.publish.GuidePublisher;
import org.essaim.publish.PublishReport;

/** {@code essaim publish <workspace> --out <dir>}: the practice guide as an HTML site. */
final class PublishCommand implements Command {

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public String operands() {
		return "<espace> --out <dossier>";
	}

	@Override
	public String summary() {
		return Messages.format("publish.summary");
	}

	@Override
	public Options options() {
		return new Options().addOption(Option.builder().longOpt("out").hasArg().argName("dossier").required()
				.desc(Messages.format("option.out")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		Path workspaceDir = context.folder(operands(line, 1, 1).get(0));
		Path out = context.resolve(line.getOptionValue("out"));
		EssaimWorkspace workspace = EssaimWorkspace.load(workspaceDir);
		for (Problem problem : workspace.problems()) {
			context.err().println(problem.format(context.workingDirectory()));
		}
		PublishReport report;
		try (GuidePublisher publisher = new GuidePublisher()) {
			report = publisher.publish(workspace, out);
		}
		report.warnings().forEach(warning -> context.err().println(warning));
		if (!report.warnings().isEmpty()) {
			context.err().println(Messages.format("publish.warnings", report.warnings().size()));
		}
		context.out().println(Messages.format("publish.done", report.pages().size(), out));
		return workspace.hasErrors() ? FAILED : OK;
	}
}
