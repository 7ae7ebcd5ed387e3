/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder the workbench opens, from the command line and the caller's directory. */
class LaunchOptionsTest {

	@TempDir
	Path caller;

	private Properties system() {
		Properties properties = new Properties();
		properties.setProperty(LaunchOptions.CALLER_DIRECTORY_PROPERTY, caller.toString());
		properties.setProperty("user.dir", "/opt/essaim");
		properties.setProperty("user.home", "/home/camille");
		return properties;
	}

	@Test
	void relativeFolderIsResolvedAgainstTheCallerNotTheProduct() {
		LaunchOptions options = LaunchOptions.parse(new String[] { "-essaimWorkspace", "cas/../etudes" }, system());
		assertEquals(caller.resolve("etudes"), options.workspaceFolder());
		assertTrue(options.folderGiven());
	}

	@Test
	void absoluteFolderAndEqualsFormAreAccepted() {
		assertEquals(Path.of("/srv/essaim"),
				LaunchOptions.parse(new String[] { "-essaimWorkspace=/srv/essaim" }, system()).workspaceFolder());
		assertEquals(Path.of("/home/camille/cas"),
				LaunchOptions.parse(new String[] { "-essaimWorkspace=~/cas" }, system()).workspaceFolder());
	}

	@Test
	void otherArgumentsAreIgnored() {
		LaunchOptions options = LaunchOptions.parse(new String[] { "-nl", "fr", "-essaimWorkspace", "x", "-consoleLog" }, system());
		assertEquals(caller.resolve("x"), options.workspaceFolder());
	}

	@Test
	void withoutOptionTheExamplesBesideTheCallerAreOpened() throws IOException {
		Files.createDirectory(caller.resolve("examples"));
		LaunchOptions options = LaunchOptions.parse(new String[0], system());
		assertEquals(caller.resolve("examples"), options.workspaceFolder());
		assertFalse(options.folderGiven());
	}

	@Test
	void withoutOptionNorExamplesTheHomeFolderIsUsed() {
		assertEquals(Path.of("/home/camille/Essaim"), LaunchOptions.parse(new String[0], system()).workspaceFolder());
	}
}
