/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ls;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.ide.CoopIdeSetup;
import org.essaim.protocol.ls.GeneratedProtocols.Generated;

import com.google.inject.Injector;

/**
 * Measures what a practitioner feels: how fast protocols are parsed, linked and validated (MB/s, phases/s), how
 * long completion takes at the end of a 1 MB protocol, how much memory such a file holds, and how long chains of
 * 10,000 to 100,000 groups take to validate. Prints figures;
 * asserts nothing (run it, read it, compare with the targets of the protocol language issue).
 *
 * <pre>java -cp dsl/org.essaim.protocol.ls/target/essaim-protocol-ls.jar org.essaim.protocol.ls.ProtocolBenchmark</pre>
 */
public final class ProtocolBenchmark {

	private static final int ROUNDS = 5;
	private static final int MIX_FILES = 40;
	/** Lengths of the generated chains of groups. */
	private static final int[] GROUP_CHAINS = { 10_000, 40_000, 100_000 };

	private final Injector injector = new CoopIdeSetup().createInjectorAndDoEMFRegistration();
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.FRENCH);
		new ProtocolBenchmark().run();
		System.exit(0); // the language's worker threads would keep the JVM alive for another minute
	}

	private void run() throws Exception {
		GeneratedProtocols generator = new GeneratedProtocols(42);
		List<Generated> mix = new ArrayList<>();
		for (int i = 0; i < MIX_FILES; i++) {
			mix.add(generator.protocol("melange" + i, 8_000 + 4_000 * (i % 20)));
		}
		long bytes = mix.stream().mapToLong(g -> g.text().getBytes(StandardCharsets.UTF_8).length).sum();
		long phases = mix.stream().mapToLong(Generated::phases).sum();
		System.out.printf("Mélange : %,d protocoles, %,.2f Mo, %,d phases%n", mix.size(), bytes / 1e6, phases);
		double[] seconds = new double[ROUNDS];
		for (int warmup = 0; warmup < 3; warmup++) {
			analyse(mix);
		}
		for (int round = 0; round < ROUNDS; round++) {
			seconds[round] = analyse(mix);
		}
		double median = median(seconds);
		System.out.printf("Analyse + liens + validation : %,.2f Mo/s, %,.0f phases/s (médiane de %,d passes, %,.0f ms)%n", bytes / 1e6 / median,
				phases / median, ROUNDS, median * 1000);

		Generated medium = generator.protocol("moyen", 100_000);
		XtextResource mediumResource = load(injector.getInstance(XtextResourceSet.class), "moyen", medium.text());
		completionAtTheEnd(mediumResource, medium.text(), "100 ko");

		Generated big = generator.protocol("grand", 1_000_000);
		long bigBytes = big.text().getBytes(StandardCharsets.UTF_8).length;
		long before = usedHeapAfterGc();
		resetPeaks();
		XtextResource resource = load(injector.getInstance(XtextResourceSet.class), "grand", big.text());
		EcoreUtil.resolveAll(resource);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		long peak = peakHeap();
		long held = usedHeapAfterGc() - before;
		System.out.printf("Fichier de %,.2f Mo (%,d phases) : %,d problème(s), mémoire retenue %,.0f Mo, pic du tas %,.0f Mo%n", bigBytes / 1e6,
				big.phases(), issues.size(), held / 1e6, peak / 1e6);
		completionAtTheEnd(resource, big.text(), "1 Mo");

		for (int length : GROUP_CHAINS) {
			groupChain(length);
		}
	}

	/**
	 * A chain of {@code length} groups, each the only member of the next (the shape that took 139 s for 40,000 groups
	 * when each group's cycle check walked the whole chain): parse + link + validate, one pass of the validator.
	 */
	private void groupChain(int length) throws IOException {
		StringBuilder text = new StringBuilder("protocole chaine \"Chaîne de groupes\" {\n  acteur a0 \"Acteur\" : collectivité\n");
		text.append("  groupe g0 \"Groupe 0\" : a0\n");
		for (int i = 1; i < length; i++) {
			text.append("  groupe g").append(i).append(" \"Groupe ").append(i).append("\" : g").append(i - 1).append('\n');
		}
		text.append("  phase p \"Phase\" { participants g").append(length - 1).append(" }\n}\n");
		long start = System.nanoTime();
		XtextResource resource = load(injector.getInstance(XtextResourceSet.class), "chaine" + length, text.toString());
		EcoreUtil.resolveAll(resource);
		long linked = System.nanoTime();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		long end = System.nanoTime();
		System.out.printf("Chaîne de %,d groupes : analyse + liens %,.2f s, validation %,.2f s, %,d problème(s)%n", length, (linked - start) / 1e9,
				(end - linked) / 1e9, issues.size());
	}

	/** Parses, links and validates every protocol of the mix in a fresh resource set; returns the seconds it took. */
	private double analyse(List<Generated> mix) throws IOException {
		long start = System.nanoTime();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<XtextResource> resources = new ArrayList<>();
		for (int i = 0; i < mix.size(); i++) {
			resources.add(load(set, "melange" + i, mix.get(i).text()));
		}
		for (XtextResource resource : resources) {
			EcoreUtil.resolveAll(resource);
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			if (!issues.isEmpty()) {
				throw new IllegalStateException("the generated protocol is not valid: " + issues.get(0));
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private void completionAtTheEnd(XtextResource resource, String text, String size) throws Exception {
		ContentAssistService service = injector.getInstance(ContentAssistService.class);
		String marker = "\t\tparticipants ";
		int offset = text.lastIndexOf(marker) + marker.length();
		Document document = new Document(1, text);
		Position position = document.getPosition(offset);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()), position);
		double[] millis = new double[20];
		int proposals = 0;
		for (int i = -5; i < millis.length; i++) {
			long start = System.nanoTime();
			proposals = service.createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems().size();
			if (i >= 0) {
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		System.out.printf("Complétion à la fin d'un fichier de %s : %,.1f ms (médiane de %,d), %,d propositions%n", size, median(millis),
				millis.length, proposals);
	}

	private static XtextResource load(XtextResourceSet set, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("bench/" + name + ".coop"));
		resource.load(new StringInputStream(text, StandardCharsets.UTF_8.name()), null);
		return resource;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peaks since the last reset: an upper bound of the heap the work needed. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}
}
