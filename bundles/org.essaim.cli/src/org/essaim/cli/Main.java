/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Path;

/** {@code essaim} on a plain class path (outside OSGi), e.g. from tests, benchmarks or a shaded jar. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		int code = new EssaimCommandLine(Path.of(System.getProperty("essaim.cwd", System.getProperty("user.dir"))), System.out, System.err).run(args);
		System.exit(code);
	}
}
