/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.essaim.protocol.coop.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The protocols shipped in examples/ are what new users read first: they must be flawless. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class ExampleProtocolsTest {

	private static final Path EXAMPLES = Path.of("../../examples/protocols");

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void everyExampleProtocolValidatesCleanly() throws Exception {
		List<Path> files;
		try (Stream<Path> listing = Files.list(EXAMPLES)) {
			files = listing.filter(file -> file.toString().endsWith(".coop")).sorted().toList();
		}
		assertFalse(files.isEmpty(), "examples/protocols holds protocols");
		for (Path file : files) {
			Protocol protocol = parser.parse(Files.readString(file));
			validation.assertNoIssues(protocol);
			assertFalse(protocol.getPhases().isEmpty(), file + " has phases");
		}
	}
}
