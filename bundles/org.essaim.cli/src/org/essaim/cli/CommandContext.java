/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.ParseException;

/** Where a command reads relative paths from and writes its output and messages to. */
record CommandContext(Path workingDirectory, PrintStream out, PrintStream err) {

	/** A path typed by the user, resolved against the directory the command was started from. */
	Path resolve(String typed) {
		return workingDirectory.resolve(typed).normalize();
	}

	/** A workspace folder typed by the user; a wrong one is a command-line error. */
	Path folder(String typed) throws ParseException {
		Path folder = resolve(typed);
		if (!Files.isDirectory(folder)) {
			throw new ParseException(Messages.format("notAFolder", typed));
		}
		return folder;
	}
}
