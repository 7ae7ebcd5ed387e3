/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.Problem;
import org.essaim.publish.GuidePublisher;
import org.essaim.publish.PublishOptions;
import org.essaim.publish.PublishProgress;
import org.essaim.publish.PublishReport;

/**
 * {@code essaim publish <workspace> --out <dir> [--format html,pdf] [--lang fr|en] [--strict]}: the practice guide
 * as an HTML site and/or a PDF book; {@code --strict} fails the publication on any warning.
 */
final class PublishCommand implements Command {

	private static final Set<String> FORMATS = Set.of("html", "pdf");
	private static final Set<String> LANGUAGES = Set.of("fr", "en");

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public String operands() {
		return "<espace> --out <dossier> [--format html,pdf] [--lang fr|en] [--strict]";
	}

	@Override
	public String summary() {
		return Messages.format("publish.summary");
	}

	@Override
	public Options options() {
		return new Options()
				.addOption(Option.builder().longOpt("out").hasArg().argName("dossier").required().desc(Messages.format("option.out")).get())
				.addOption(Option.builder().longOpt("format").hasArg().argName("html,pdf").desc(Messages.format("option.format")).get())
				.addOption(Option.builder().longOpt("lang").hasArg().argName("fr|en").desc(Messages.format("option.lang")).get())
				.addOption(Option.builder().longOpt("strict").desc(Messages.format("option.strict")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		Path workspaceDir = context.folder(operands(line, 1, 1).get(0));
		Path out = context.resolve(line.getOptionValue("out"));
		List<String> formats = Arrays.stream(line.getOptionValue("format", "html").split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
		if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
			throw new ParseException(Messages.format("publish.badFormat", line.getOptionValue("format")));
		}
		String lang = line.getOptionValue("lang", "fr");
		if (!LANGUAGES.contains(lang)) {
			throw new ParseException(Messages.format("publish.badLang", lang));
		}
		EssaimWorkspace workspace = EssaimWorkspace.load(workspaceDir);
		for (Problem problem : workspace.problems()) {
			context.err().println(problem.format(context.workingDirectory()));
		}
		PublishOptions options = new PublishOptions(formats.contains("html"), formats.contains("pdf"), lang, progress(context.err()));
		PublishReport report;
		try (GuidePublisher publisher = new GuidePublisher()) {
			report = publisher.publish(workspace, out, options);
		}
		report.warnings().forEach(warning -> context.err().println(warning));
		if (!report.warnings().isEmpty()) {
			context.err().println(Messages.format("publish.warnings", report.warnings().size()));
		}
		context.out().println(Messages.format("publish.done", report.pages().size(), out, report.rendered(), report.unchanged()));
		if (report.pdf() != null) {
			context.out().println(Messages.format("publish.pdf", report.pdf()));
		}
		if (line.hasOption("strict") && !report.warnings().isEmpty()) {
			context.err().println(Messages.format("publish.strictFailed"));
			return FAILED;
		}
		return workspace.hasErrors() ? FAILED : OK;
	}

	/** A progress line rewritten in place on a terminal; nothing when the output goes to a file or a pipe. */
	static PublishProgress progress(PrintStream err) {
		if (!onTerminal()) {
			return PublishProgress.SILENT;
		}
		return (done, total, output) -> {
			String shown = output.length() > 50 ? "…" + output.substring(output.length() - 49) : output;
			err.print(String.format("\r%s [%d/%d] %-50s", Messages.format("publish.progress"), done, total, shown));
			if (done == total) {
				err.print("\r" + " ".repeat(80) + "\r");
			}
			err.flush();
		};
	}

	/** System.console() alone is not enough from Java 22 on (it may exist when redirected): ask isTerminal() where it exists. */
	private static boolean onTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: a console means a terminal
		}
	}
}
