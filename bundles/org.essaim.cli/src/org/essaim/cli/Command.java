/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.List;

import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** One subcommand of {@code essaim}: its name, its options and what it does. */
interface Command {

	/** Exit code of a run that found no error. */
	int OK = 0;
	/** Exit code when the command ran but found errors in the sources (or the query). */
	int FAILED = 1;
	/** Exit code when the command line itself is wrong. */
	int USAGE = 2;
	/**
	 * Exit code of an unexpected error inside Essaim (a bug, memory exhausted): its log is written to a file. 70 is
	 * "internal software error" in the BSD sysexits convention, apart from the codes that describe the input.
	 */
	int INTERNAL_ERROR = 70;

	String name();

	/** Operands, as shown in the usage line, e.g. {@code <workspace> "<query>"}. */
	String operands();

	/** One line saying what the command does. */
	String summary();

	Options options();

	/** Runs with parsed arguments; throws {@link ParseException} for a wrong command line. */
	int run(CommandContext context, org.apache.commons.cli.CommandLine line) throws ParseException, Exception;

	/** The operands left after options, checked for count. */
	default List<String> operands(org.apache.commons.cli.CommandLine line, int min, int max) throws ParseException {
		List<String> operands = line.getArgList();
		if (operands.size() < min || operands.size() > max) {
			throw new ParseException(Messages.format("wrongOperands", name(), operands()));
		}
		return operands;
	}
}
