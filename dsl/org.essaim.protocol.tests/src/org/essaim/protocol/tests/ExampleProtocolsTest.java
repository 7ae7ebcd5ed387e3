/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.essaim.protocol.coop.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The protocol library shipped in examples/ is what new users read first: it must be flawless. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class ExampleProtocolsTest {

	private static final Path EXAMPLES = Path.of("../../examples/protocols");

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** All files in one resource set, as in the workspace: protocols import the method library. */
	private List<Protocol> library() throws Exception {
		List<Path> files;
		try (Stream<Path> listing = Files.list(EXAMPLES)) {
			files = listing.filter(file -> file.toString().endsWith(".coop")).sorted().toList();
		}
		XtextResourceSet resourceSet = resourceSets.get();
		List<Protocol> protocols = new ArrayList<>();
		for (Path file : files) {
			protocols.add(parser.parse(Files.readString(file), URI.createFileURI(file.toAbsolutePath().toString()), resourceSet));
		}
		return protocols;
	}

	@Test
	void everyExampleProtocolValidatesWithoutAnyIssue() throws Exception {
		for (Protocol protocol : library()) {
			validation.assertNoIssues(protocol);
			assertTrue(protocol.isLibrary() || !protocol.getPhases().isEmpty(), protocol.getName() + " has phases");
		}
	}

	@Test
	void theLibraryHoldsAtLeastEightProtocolsAndTheLabelledOnes() throws Exception {
		List<Protocol> protocols = library().stream().filter(p -> !p.isLibrary()).toList();
		assertTrue(protocols.size() >= 8, protocols.size() + " protocols");
		assertFalse(protocols.stream().filter(p -> !p.getLabels().isEmpty()).toList().isEmpty(), "some protocol aims at a label");
		assertEquals(protocols.size(), protocols.stream().map(Protocol::getName).distinct().count(), "names are unique");
	}
}
