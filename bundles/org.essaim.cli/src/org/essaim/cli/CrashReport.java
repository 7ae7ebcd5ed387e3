/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * An error nobody expected (a bug, memory exhausted, a stack overflow): its full log goes to a file of the state
 * folder, and the person who ran the command gets one line that says what happened and where the log is.
 */
final class CrashReport {

	/** Overrides the state folder (tests, other launchers); the launcher script sets {@code ESSAIM_STATE}. */
	static final String STATE_PROPERTY = "essaim.state";

	private CrashReport() {
	}

	/** Writes the log of {@code error} and returns the one line to print. */
	static String handle(String command, String[] args, Throwable error) {
		String log = log(command, args, error);
		Path file = write(log);
		String where = file != null ? file.toString() : Messages.format("crash.notWritten");
		String kind = error.getClass().getSimpleName();
		if (error instanceof OutOfMemoryError) {
			return Messages.format("crash.outOfMemory", command, kind, where, Runtime.getRuntime().maxMemory() >> 20);
		}
		if (error instanceof StackOverflowError) {
			return Messages.format("crash.stackOverflow", command, kind, where);
		}
		return Messages.format("crash.internal", command, kind, where);
	}

	/** The state folder: {@code -Dessaim.state}, else {@code $ESSAIM_STATE}, else the XDG data home's {@code essaim}. */
	static Path stateFolder() {
		String property = System.getProperty(STATE_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String explicit = System.getenv("ESSAIM_STATE");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String dataHome = System.getenv("XDG_DATA_HOME");
		if (dataHome != null && !dataHome.isBlank()) {
			return Path.of(dataHome, "essaim");
		}
		return Path.of(System.getProperty("user.home"), ".local", "share", "essaim");
	}

	private static String log(String command, String[] args, Throwable error) {
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		out.println("essaim " + Version.current() + " — " + LocalDateTime.now());
		out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", max heap "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MB");
		out.println("command: " + command);
		out.println("arguments: " + Arrays.toString(Arrays.stream(args).map(CrashReport::shortened).toArray()));
		out.println();
		error.printStackTrace(out);
		out.flush();
		return text.toString();
	}

	/** An argument of 20,000 characters (a hostile query) is kept by its ends. */
	private static String shortened(String argument) {
		return argument.length() <= 500 ? argument : argument.substring(0, 240) + " … (" + argument.length() + " characters) … "
				+ argument.substring(argument.length() - 240);
	}

	/** The log file written, in the state folder's {@code logs/} or else the temporary folder; null if neither works. */
	private static Path write(String log) {
		String name = "crash-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + ProcessHandle.current().pid()
				+ ".log";
		for (Path folder : new Path[] { stateFolder().resolve("logs"), Path.of(System.getProperty("java.io.tmpdir")) }) {
			try {
				Files.createDirectories(folder);
				Path file = folder.resolve(name);
				Files.writeString(file, log, StandardCharsets.UTF_8);
				return file.toAbsolutePath();
			} catch (IOException | RuntimeException e) {
				// try the next folder
			}
		}
		return null;
	}
}
