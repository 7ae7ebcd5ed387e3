/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.CoopLanguage;
import org.essaim.protocol.validation.CoopValidator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a protocol is parsed, linked and validated into diagnostics, never into an exception; and
 * generated structures (long chains of groups with loops, files derived from each other in loops) get exactly
 * the cycle errors an independent check expects, in one pass however long the chain.
 */
class ProtocolFuzzTest {

	@FuzzTest(maxDuration = "5m")
	void anyTextGivesDiagnostics(byte[] input) throws IOException {
		XtextResourceSet resourceSet = CoopLanguage.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI("/fuzz/essai.coop"));
		// The loader reads files as strict UTF-8 first (SourceText); what reaches the parser is text.
		resource.load(new ByteArrayInputStream(input), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = CoopLanguage.validator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			assertNotNull(issue.getMessage(), "a diagnostic without a message");
			assertFalse(issue.getMessage().isBlank(), "a diagnostic with a blank message");
		}
	}

	/** Longest chain of groups generated: the group-cycle check once took minutes on chains of this order. */
	private static final int MAX_GROUPS = 5_000;
	private static final int MAX_FILES = 12;

	/**
	 * A chain of groups, each containing the previous one, plus loops ({@code g_a} containing a later {@code g_b}
	 * closes the loop a..b); and files whose protocols derive from each other. The groups and protocols in a loop,
	 * and only they, get the cycle error.
	 */
	@FuzzTest(maxDuration = "5m")
	void groupChainsAndDerivationLoopsGetExactlyTheirCycleErrors(FuzzedDataProvider data) throws IOException {
		Locale.setDefault(Locale.FRENCH);
		int groups = data.consumeInt(1, MAX_GROUPS);
		boolean[] inLoop = new boolean[groups];
		List<Set<Integer>> extra = new ArrayList<>();
		for (int i = 0; i < groups; i++) {
			extra.add(new TreeSet<>());
		}
		for (int loops = data.consumeInt(0, 4); loops > 0; loops--) {
			int a = data.consumeInt(0, groups - 1);
			int b = data.consumeInt(a, groups - 1);
			extra.get(a).add(b);
			Arrays.fill(inLoop, a, b + 1, true);
		}
		int files = data.consumeInt(1, MAX_FILES);
		int[] parent = new int[files];
		for (int f = 0; f < files; f++) {
			parent[f] = data.consumeInt(-1, files - 1);
		}
		boolean roundTables = data.consumeBoolean();

		XtextResourceSet resourceSet = CoopLanguage.newResourceSet();
		List<Resource> resources = new ArrayList<>();
		for (int f = 0; f < files; f++) {
			StringBuilder text = new StringBuilder("protocole p" + f + " \"P" + f + "\" {\n");
			if (parent[f] >= 0) {
				text.append("  dérivé de p").append(parent[f]).append('\n');
			}
			if (f == 0) {
				text.append("  acteur a \"A\" : collectivité\n  vise le label accélérateur-public\n");
				for (int i = 0; i < groups; i++) {
					text.append(roundTables && i % 2 == 0 ? "  tour de table g" : "  groupe g").append(i).append(" \"G\" : ").append(i == 0 ? "a" : "g" + (i - 1));
					extra.get(i).forEach(b -> text.append(", g").append(b));
					text.append('\n');
				}
				text.append("  phase p \"P\" { participants g").append(groups - 1).append(" }\n");
			}
			text.append("}\n");
			Resource resource = resourceSet.createResource(URI.createFileURI("/fuzz/p" + f + ".coop"));
			resource.load(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			resources.add(resource);
		}
		EcoreUtil.resolveAll(resourceSet);
		for (int f = 0; f < files; f++) {
			List<Issue> issues = CoopLanguage.validator().validate(resources.get(f), CheckMode.ALL, CancelIndicator.NullImpl);
			issues.forEach(issue -> assertFalse(issue.getMessage() == null || issue.getMessage().isBlank(), "a diagnostic without a message"));
			assertEquals(derivesFromItself(parent, f) ? 1 : 0, count(issues, CoopValidator.DERIVATION_CYCLE), "file p" + f + " " + Arrays.toString(parent));
			if (f == 0) {
				Set<Integer> flagged = new TreeSet<>();
				issues.stream().filter(issue -> CoopValidator.GROUP_CYCLE.equals(issue.getCode()))
						.forEach(issue -> flagged.add(Integer.parseInt(issue.getMessage().replaceAll(".*« g([0-9]+) ».*", "$1"))));
				Set<Integer> expected = new TreeSet<>();
				for (int i = 0; i < groups; i++) {
					if (inLoop[i]) {
						expected.add(i);
					}
				}
				assertEquals(expected, flagged, "groups in loops");
			}
		}
	}

	/** Whether following "dérivé de" from {@code file} comes back to it. */
	private static boolean derivesFromItself(int[] parent, int file) {
		int current = parent[file];
		for (int steps = 0; current >= 0 && steps <= parent.length; steps++) {
			if (current == file) {
				return true;
			}
			current = parent[current];
		}
		return false;
	}

	private static long count(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).count();
	}
}
