/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Whatever bytes a protocol file holds, parsing, linking and validation end with diagnostics, never with an
 * exception or a hang: mutations of the library protocols (seeded, so a failure can be replayed), and the
 * extreme files (empty, binary, huge, deeply nested).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class RobustnessTest {

	private static final long SEED = 20261123L;
	private static final int MUTANTS = 1500;
	private static final String[] TOKENS = { "{", "}", "\"", ",", ":", "après ", "phase ", "acteur ", "de ", "à ", "0 ", "999999999999 ",
			"durée ", "/*", "*/", "//", "\n", "é", "\u0000", "\uFFFD", "importe ", ".*", "vise le label ", "tour de table ", "comme " };

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	private List<Issue> validate(String text) throws Exception {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("mutant.coop"));
		resource.load(new StringInputStream(text, StandardCharsets.UTF_8.name()), null);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static List<String> library() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("../../examples/protocols"))) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".coop")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
			return texts;
		}
	}

	@Test
	void mutatedLibraryProtocolsGiveDiagnosticsNeverExceptions() throws Exception {
		List<String> library = library();
		Random random = new Random(SEED);
		for (int i = 0; i < MUTANTS; i++) {
			String mutant = mutate(library.get(random.nextInt(library.size())), random);
			int number = i;
			assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validate(mutant), () -> "mutant " + number + " of seed " + SEED);
		}
	}

	private static String mutate(String text, Random random) {
		StringBuilder mutant = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && mutant.length() > 0; e++) {
			int at = random.nextInt(mutant.length());
			switch (random.nextInt(4)) {
			case 0 -> mutant.deleteCharAt(at);
			case 1 -> mutant.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
			case 2 -> mutant.delete(at, Math.min(mutant.length(), at + random.nextInt(200)));
			default -> {
				int from = random.nextInt(mutant.length());
				int length = Math.min(random.nextInt(120), mutant.length() - from);
				mutant.insert(at, mutant.substring(from, from + length));
			}
			}
		}
		return mutant.toString();
	}

	@Test
	void anEmptyFileSaysAProtocolIsExpected() throws Exception {
		List<Issue> issues = validate("");
		assertFalse(issues.isEmpty());
	}

	@Test
	void binaryGarbageGivesDiagnostics() throws Exception {
		byte[] bytes = new byte[4096];
		new Random(SEED).nextBytes(bytes);
		assertFalse(validate(new String(bytes, StandardCharsets.ISO_8859_1)).isEmpty());
	}

	@Test
	void deeplyNestedBracesGiveDiagnostics() throws Exception {
		String nested = "protocole p \"P\" " + "{".repeat(50_000) + "}".repeat(50_000);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertFalse(validate(nested).isEmpty()));
	}

	@Test
	void aLongChainOfPhasesIsValidatedWithoutOverflow() throws Exception {
		StringBuilder text = new StringBuilder("protocole p \"P\" {\n acteur a \"A\" : association\n phase p0 \"P0\" { participants a }\n");
		for (int i = 1; i < 20_000; i++) {
			text.append(" phase p").append(i).append(" \"P\" { après p").append(i - 1).append(" participants a durée 1 jour }\n");
		}
		text.append("}\n");
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate(text.toString()));
	}

	/**
	 * Each group the only member of the next: the group-cycle check once walked the whole chain below every group,
	 * and 40,000 groups took more than two minutes (the benchmark "./essaim bench protocoles" gives the figures).
	 */
	@Test
	void aLongChainOfGroupsIsValidatedInOnePass() throws Exception {
		StringBuilder text = new StringBuilder("protocole p \"P\" {\n acteur a \"A\" : association\n groupe g0 \"G\" : a\n");
		for (int i = 1; i < 40_000; i++) {
			text.append(" groupe g").append(i).append(" \"G\" : g").append(i - 1).append('\n');
		}
		text.append(" phase p \"P\" { participants g39999 }\n vise le label accélérateur-public\n}\n");
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate(text.toString()));
		assertFalse(issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR), issues::toString);
	}
}
