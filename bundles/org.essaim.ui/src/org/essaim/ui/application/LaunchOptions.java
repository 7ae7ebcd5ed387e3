/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The workbench's own command-line options: which folder is the Essaim workspace.
 *
 * @param workspaceFolder absolute, normalized folder holding the user's .coop and .case files
 * @param folderGiven whether the folder was named on the command line (else it is a default)
 */
public record LaunchOptions(Path workspaceFolder, boolean folderGiven) {

	/** Option naming the Essaim workspace folder, e.g. {@code -essaimWorkspace ~/cas}. */
	public static final String WORKSPACE_OPTION = "-essaimWorkspace";

	/**
	 * System property holding the caller's working directory; set by the {@code essaim} script because
	 * the launcher does not keep it reliably ({@code user.dir} may point at the product folder).
	 */
	public static final String CALLER_DIRECTORY_PROPERTY = "essaim.cwd";

	/** Reads the options from the application arguments; relative paths are resolved against the caller's directory. */
	public static LaunchOptions parse(String[] arguments, Properties systemProperties) {
		Path callerDirectory = callerDirectory(systemProperties);
		String folder = null;
		for (int i = 0; i < arguments.length; i++) {
			String argument = arguments[i];
			if (WORKSPACE_OPTION.equalsIgnoreCase(argument) && i + 1 < arguments.length) {
				folder = arguments[++i];
			} else if (argument.regionMatches(true, 0, WORKSPACE_OPTION + "=", 0, WORKSPACE_OPTION.length() + 1)) {
				folder = argument.substring(WORKSPACE_OPTION.length() + 1);
			}
		}
		Path workspace = folder != null
				? callerDirectory.resolve(expandHome(folder, systemProperties))
				: defaultWorkspace(callerDirectory, systemProperties);
		return new LaunchOptions(workspace.toAbsolutePath().normalize(), folder != null);
	}

	private static Path callerDirectory(Properties systemProperties) {
		String directory = systemProperties.getProperty(CALLER_DIRECTORY_PROPERTY);
		if (directory == null || directory.isBlank()) {
			directory = systemProperties.getProperty("user.dir", ".");
		}
		return Path.of(directory);
	}

	/** A shell expands {@code ~} itself, but not inside {@code -essaimWorkspace=~/x}. */
	private static String expandHome(String folder, Properties systemProperties) {
		if (folder.equals("~") || folder.startsWith("~/")) {
			return systemProperties.getProperty("user.home") + folder.substring(1);
		}
		return folder;
	}

	/** Without the option: the examples shipped beside the caller (a source checkout), else ~/Essaim. */
	private static Path defaultWorkspace(Path callerDirectory, Properties systemProperties) {
		Path examples = callerDirectory.resolve("examples");
		if (Files.isDirectory(examples)) {
			return examples;
		}
		return Path.of(systemProperties.getProperty("user.home"), "Essaim");
	}
}
