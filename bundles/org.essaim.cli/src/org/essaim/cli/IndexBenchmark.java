/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.essaim.index.EssaimIndex;
import org.essaim.index.FacetFilter;
import org.essaim.index.IndexReport;
import org.essaim.index.IndexingBenchmark;
import org.essaim.index.QueryException;
import org.essaim.index.SearchRequest;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.casestudy.CaseStudy;

/**
 * {@code essaim bench index --count N}: writes N generated cases, indexes them from the files, compares Essaim's
 * indexing with bare Lucene on the same text, then measures query latency over a mixed set (full text, facets,
 * similar cases), save → visible latency, the index's size and the heap's peak. Figures only, no assertion.
 */
final class IndexBenchmark implements BenchCommand.Benchmark {

	private static final long SEED = 42;
	private static final int WARM_UP_QUERIES = 300;
	private static final int MEASURED_QUERIES = 1500;
	private static final int SAVES = 30;
	private static final List<String> TEXT_QUERIES = List.of("résidence designers", "etat", "ESS", "\"données ouvertes\"", "financement participatif",
			"mutuelle communale", "tiers-lieux ruraux", "hackathon numérique", "prototypes abandonnés", "laboratoire d'innovation publique",
			"santé", "vieillissement", "habitants co-conception", "élections municipales échec", "title:fablab", "monnaie locale Bretagne");

	@Override
	public void run(CommandContext context, int count) throws Exception {
		Path temp = Files.createTempDirectory("essaim-bench-index");
		try {
			Path workspace = Files.createDirectories(temp.resolve("ws/cases"));
			long generationStart = System.nanoTime();
			long bytes = writeCases(workspace, count);
			print(context, "bench.index.generated", count, mb(bytes), seconds(System.nanoTime() - generationStart));
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

			Path indexDir = temp.resolve("index");
			try (EssaimIndex index = EssaimIndex.open(temp.resolve("ws"), indexDir)) {
				long start = System.nanoTime();
				IndexReport report = index.rebuild();
				long nanos = System.nanoTime() - start;
				print(context, "bench.index.full", report.indexed(), seconds(nanos), rate(report.indexed(), nanos), report.problems().size());
				compareWithBareLucene(context, temp, count);
				measureQueries(context, index, count);
				measureSaveToVisible(context, index, workspace, count);
			}
			print(context, "bench.index.size", mb(folderSize(indexDir)), Numbers.decimal(folderSize(indexDir) / (double) count, 1));
			print(context, "bench.index.heap", mb(peakHeap()), mb(Runtime.getRuntime().maxMemory()));
		} finally {
			deleteTree(temp);
		}
	}

	private static long writeCases(Path folder, int count) throws IOException {
		GeneratedCases generator = new GeneratedCases(SEED);
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			Path file = folder.resolve(String.format("BENCH-%06d.case", i));
			CaseFiles.save(generator.next(i), file);
			bytes += Files.size(file);
		}
		return bytes;
	}

	/** Lucene's share alone, on the same cases: Essaim's fields, analysis and facets versus one StandardAnalyzer field. */
	private static void compareWithBareLucene(CommandContext context, Path temp, int count) throws IOException {
		// A first small round warms the JIT for both, so that neither pays for it in the comparison.
		IndexingBenchmark.essaim(temp.resolve("warm-essaim"), Math.min(count, 2000), new GeneratedCases(SEED + 1)::next);
		IndexingBenchmark.bare(temp.resolve("warm-bare"), Math.min(count, 2000), new GeneratedCases(SEED + 1)::next);
		IndexingBenchmark.Timing essaim = IndexingBenchmark.essaim(temp.resolve("essaim"), count, new GeneratedCases(SEED)::next);
		IndexingBenchmark.Timing bare = IndexingBenchmark.bare(temp.resolve("bare"), count, new GeneratedCases(SEED)::next);
		print(context, "bench.index.bare", seconds(essaim.nanos()), rate(count, essaim.nanos()), seconds(bare.nanos()), rate(count, bare.nanos()),
				Numbers.decimal(essaim.nanos() / (double) bare.nanos(), 2));
		for (String folder : List.of("warm-essaim", "warm-bare", "essaim", "bare")) {
			deleteTree(temp.resolve(folder));
		}
	}

	private static void measureQueries(CommandContext context, EssaimIndex index, int count) throws QueryException {
		Random random = new Random(SEED);
		for (int i = 0; i < WARM_UP_QUERIES; i++) {
			runQuery(index, i % 3, random, count);
		}
		long[][] latencies = new long[3][MEASURED_QUERIES / 3];
		long[] all = new long[latencies[0].length * 3];
		for (int i = 0; i < all.length; i++) {
			long start = System.nanoTime();
			runQuery(index, i % 3, random, count);
			all[i] = System.nanoTime() - start;
			latencies[i % 3][i / 3] = all[i];
		}
		print(context, "bench.index.queries", all.length, ms(percentile(all, 50)), ms(percentile(all, 99)), ms(percentile(latencies[0], 50)),
				ms(percentile(latencies[0], 99)), ms(percentile(latencies[1], 50)), ms(percentile(latencies[1], 99)), ms(percentile(latencies[2], 50)),
				ms(percentile(latencies[2], 99)));
	}

	/** Kind 0: full text; 1: words or nothing with facet filters; 2: similar cases of a random case. */
	private static void runQuery(EssaimIndex index, int kind, Random random, int count) throws QueryException {
		switch (kind) {
		case 0 -> index.search(SearchRequest.of(TEXT_QUERIES.get(random.nextInt(TEXT_QUERIES.size())), 10));
		case 1 -> {
			List<FacetFilter> filters = List.of(
					FacetFilter.parse("territoire=" + List.of("rural", "metropole", "petite_ville", "quartier_prioritaire").get(random.nextInt(4))),
					FacetFilter.parse("resultat=" + List.of("success", "failure", "partial").get(random.nextInt(3))));
			String words = random.nextBoolean() ? "*" : GeneratedCases.THEMES.get(random.nextInt(GeneratedCases.THEMES.size()));
			index.search(new SearchRequest(words, filters, 10));
		}
		default -> index.similar(String.format("BENCH-%06d", random.nextInt(count)), 10);
		}
	}

	/** A case is saved with a new word in its title; timed until a search finds it. */
	private static void measureSaveToVisible(CommandContext context, EssaimIndex index, Path workspace, int count)
			throws IOException, CaseLoadException, QueryException {
		Random random = new Random(SEED);
		long[] latencies = new long[SAVES];
		for (int i = 0; i < SAVES; i++) {
			Path file = workspace.resolve(String.format("BENCH-%06d.case", random.nextInt(count)));
			CaseStudy c = CaseFiles.load(file);
			String marker = "reperezq" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
			c.setTitle(c.getTitle() + " " + marker);
			long start = System.nanoTime();
			CaseFiles.save(c, file);
			index.update(List.of(file));
			while (index.search(marker, 1).isEmpty()) {
				Thread.onSpinWait();
			}
			latencies[i] = System.nanoTime() - start;
		}
		print(context, "bench.index.saveToVisible", SAVES, ms(percentile(latencies, 50)), ms(Arrays.stream(latencies).max().orElse(0)));
	}

	private static long percentile(long[] values, int percent) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static long folderSize(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static void print(CommandContext context, String key, Object... arguments) {
		context.out().println(Messages.format(key, arguments));
		context.out().flush();
	}

	private static String ms(long nanos) {
		return Numbers.decimal(nanos / 1e6, 2);
	}

	private static String seconds(long nanos) {
		return Numbers.decimal(nanos / 1e9, 2);
	}

	private static String rate(int count, long nanos) {
		return Numbers.decimal(count / (nanos / 1e9), 0);
	}

	private static String mb(long bytes) {
		return Numbers.decimal(bytes / 1e6, 1);
	}
}
