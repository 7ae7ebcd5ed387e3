/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.essaim.index.IndexLocations;

/** The {@code --index-dir} option shared by the commands that use the index. */
final class IndexOptions {

	static final String INDEX_DIR = "index-dir";

	private IndexOptions() {
	}

	static Options addTo(Options options) {
		return options.addOption(Option.builder().longOpt(INDEX_DIR).hasArg().argName("dossier")
				.desc(Messages.format("option.indexDir")).get());
	}

	/** The index folder given on the command line, else the workspace's default one (in the user's cache). */
	static Path indexDir(CommandContext context, CommandLine line, Path workspace) {
		return line.hasOption(INDEX_DIR) ? context.resolve(line.getOptionValue(INDEX_DIR)) : IndexLocations.defaultFor(workspace);
	}
}
