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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;

/**
 * Load + validate of generated cases, as a researcher's workspace grows: writes N realistic case files in a
 * temporary folder, warms up, then loads and validates them all, and prints cases/s, MB/s and the heap's peak.
 */
final class CaseBenchmark implements BenchCommand.Benchmark {

	@Override
	public void run(CommandContext context, int count) throws IOException, CaseLoadException {
		Path folder = Files.createTempDirectory("essaim-bench-cases");
		try {
			GeneratedCases generator = new GeneratedCases(42);
			long bytes = 0;
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Path file = folder.resolve(String.format("BENCH-%06d.case", i));
				CaseFiles.save(generator.next(i), file);
				bytes += Files.size(file);
				files.add(file);
			}
			context.out().println(Messages.format("bench.cases.generated", count, Numbers.decimal(bytes / 1e6, 1)));
			loadAndValidate(files.subList(0, Math.min(files.size(), 1000))); // warm-up: JIT, EMF registries
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			int problems = loadAndValidate(files);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
					.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
			context.out().println(Messages.format("bench.cases.result", Numbers.decimal(count / seconds, 0),
					Numbers.decimal(bytes / 1e6 / seconds, 1), Numbers.decimal(seconds, 2), Numbers.decimal(peak / 1e6, 0), problems));
		} finally {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	/** Loads every file and validates its case, keeping them all in memory as a workspace does; returns the problems found. */
	private static int loadAndValidate(List<Path> files) throws CaseLoadException {
		List<CaseStudy> loaded = new ArrayList<>(files.size());
		int problems = 0;
		for (Path file : files) {
			CaseStudy c = CaseFiles.load(file);
			problems += CaseValidator.validate(c).size();
			loaded.add(c);
		}
		java.lang.ref.Reference.reachabilityFence(loaded); // every case stays in memory until the end, as in a workspace
		return problems;
	}
}
