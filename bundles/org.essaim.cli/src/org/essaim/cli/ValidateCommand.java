/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.Problem;
import org.essaim.core.Severity;

/** {@code essaim validate <dir|file>...}: every problem as {@code file:line:col: severity: message}. */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String operands() {
		return "<dossier|fichier>...";
	}

	@Override
	public String summary() {
		return Messages.format("validate.summary");
	}

	@Override
	public Options options() {
		return new Options();
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws ParseException {
		List<String> operands = operands(line, 1, Integer.MAX_VALUE);
		int errors = 0;
		int warnings = 0;
		int files = 0;
		for (String operand : operands) {
			Path target = context.resolve(operand);
			if (!Files.exists(target)) {
				context.err().println(Messages.format("notFound", operand));
				errors++;
				continue;
			}
			EssaimWorkspace workspace = EssaimWorkspace.load(target);
			if (workspace.fileCount() == 0) {
				// Nothing checked is not "no error": a mistyped folder or file must not pass for a clean workspace.
				context.err().println(Messages.format(Files.isDirectory(target) ? "validate.noFiles" : "validate.notAWorkspaceFile", operand));
				errors++;
				continue;
			}
			files += workspace.fileCount();
			for (Problem problem : workspace.problems()) {
				context.out().println(problem.format(context.workingDirectory()));
				errors += problem.severity() == Severity.ERROR ? 1 : 0;
				warnings += problem.severity() == Severity.WARNING ? 1 : 0;
			}
		}
		context.out().println(Messages.format("validate.done", files, errors, warnings));
		return errors == 0 ? OK : FAILED;
	}
}
