/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.ParseException;

/**
 * The {@code essaim} command: dispatches to a subcommand and turns every failure into a message and an
 * exit code (0 ok, 1 errors found, 2 wrong command line, 70 internal error), never into a stack trace.
 * Everything it prints is made harmless for a terminal first (see {@link TerminalSafeStream}).
 */
public final class EssaimCommandLine {

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final CommandContext context;

	public EssaimCommandLine(Path workingDirectory, PrintStream out, PrintStream err) {
		this(workingDirectory, out, err, new Command[0]);
	}

	/** With {@code extra} commands beside the standard ones (tests). */
	EssaimCommandLine(Path workingDirectory, PrintStream out, PrintStream err, Command... extra) {
		this.context = new CommandContext(workingDirectory.toAbsolutePath(), new TerminalSafeStream(out), new TerminalSafeStream(err));
		for (Command command : extra) {
			commands.put(command.name(), command);
		}
		for (Command command : new Command[] { new ValidateCommand(), new IndexCommand(), new SearchCommand(), new SimilarCommand(), new CompareCommand(), new PublishCommand(), new ExportCsvCommand(), new ImportCsvCommand(), new ImportPlacesCommand(), new TerritoryCommand(), new BenchCommand() }) {
			commands.put(command.name(), command);
		}
	}

	/** Runs {@code essaim <args>} and returns the process exit code. */
	public int run(String... args) {
		String name = args.length > 0 && commands.containsKey(args[0]) ? args[0] : "";
		try {
			return dispatch(args);
		} catch (Throwable error) { // NOPMD: an Error too (stack overflow, memory) must end in a message and a code, never in a trace
			context.err().println(crashLine(name, args, error));
			return Command.INTERNAL_ERROR;
		} finally {
			context.out().flush();
			context.err().flush();
		}
	}

	private int dispatch(String... args) throws Exception {
		if (args.length == 0 || isHelp(args[0])) {
			if (args.length > 1 && commands.containsKey(args[1])) {
				printUsage(commands.get(args[1]), context.out());
			} else {
				printOverview(context.out());
			}
			return args.length == 0 ? Command.USAGE : Command.OK;
		}
		if (args[0].equals("--version") || args[0].equals("version")) {
			context.out().println("essaim " + Version.current());
			return Command.OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			context.err().println(Messages.format("unknownCommand", args[0]));
			printOverview(context.err());
			return Command.USAGE;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		if (Arrays.stream(rest).anyMatch(EssaimCommandLine::isHelp)) {
			printUsage(command, context.out());
			return Command.OK;
		}
		try {
			CommandLine line = new DefaultParser().parse(command.options(), rest);
			return command.run(context, line);
		} catch (ParseException e) {
			context.err().println("essaim " + command.name() + ": " + e.getMessage());
			printUsage(command, context.err());
			return Command.USAGE;
		} catch (Exception e) {
			context.err().println("essaim " + command.name() + ": " + Messages.format("failed", describe(e)));
			return Command.FAILED;
		}
	}

	/** The one line said about an unexpected error; its log goes to a file (see {@link CrashReport}). */
	private static String crashLine(String command, String[] args, Throwable error) {
		String prefix = command.isEmpty() ? "essaim" : "essaim " + command;
		try {
			return CrashReport.handle(prefix, args, error);
		} catch (Throwable reportFailed) { // NOPMD: the report itself may fail (no memory left): say the least
			return prefix + ": " + error.getClass().getSimpleName();
		}
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private void printOverview(PrintStream stream) {
		stream.println(Messages.format("overview"));
		stream.println();
		for (Command command : commands.values()) {
			stream.printf("  essaim %-8s %s%n", command.name(), command.operands());
			stream.printf("           %s%n", command.summary());
		}
		stream.println();
		stream.println(Messages.format("overviewFooter", CrashReport.stateFolder().resolve("logs")));
	}

	private static void printUsage(Command command, PrintStream stream) {
		PrintWriter writer = new PrintWriter(stream, true);
		HelpFormatter formatter = HelpFormatter.builder().setPrintWriter(writer).get();
		formatter.printHelp(writer, 100, "essaim " + command.name() + " " + command.operands(), command.summary(), command.options(),
				2, 4, "", false);
		writer.flush();
	}
}
