/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.territory.Geography;
import org.essaim.territory.Level;
import org.essaim.territory.places.Place;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.essaim.territory.places.PlacesImport;
import org.essaim.territory.places.SourceTable;
import org.essaim.territory.sheet.TerritorySheetAsciiDoc;
import org.essaim.territory.sheet.TerritorySheets;
import org.essaim.territory.svg.FranceMap;
import org.essaim.territory.svg.MapPoint;

/**
 * {@code essaim bench places [--census file] [--count N]}: the census import (read, normalise, write the register),
 * the SVG map of France by département with every place, and the territory sheet of a région (Pays de la Loire);
 * prints the first (cold) run and the median of N warm runs for each. Asserts nothing.
 */
final class PlacesBenchmark implements BenchCommand.Benchmark {

	static final String DEFAULT_CENSUS = "examples/lieux/CGET_TiersLieux_2019.csv";

	@Override
	public void run(CommandContext context, int count) throws Exception {
		Path census = context.resolve(System.getProperty("essaim.bench.census", DEFAULT_CENSUS));
		if (!Files.isRegularFile(census)) {
			throw new java.io.FileNotFoundException(Messages.format("bench.places.noCensus", census));
		}
		int runs = Math.min(count, 50);
		long start = System.nanoTime();
		Geography france = Geography.france();
		double reference = (System.nanoTime() - start) / 1e6;
		context.out().println(Messages.format("bench.places.reference", format(reference)));

		Path output = Files.createTempFile("essaim-bench", ".places");
		try {
			PlacesImport importer = new PlacesImport(france);
			double[] importTimes = measure(runs, () -> {
				try {
					PlacesImport.Result result = importer.run(SourceTable.read(census));
					PlaceRegisterFiles.save(result.register(), output);
					return result.register();
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			PlaceRegister register = PlaceRegisterFiles.load(output);
			int places = register.places().size();
			context.out().println(Messages.format("bench.places.import", places, format(importTimes[0]), format(importTimes[1]),
					Numbers.decimal(places / (importTimes[1] / 1000), 0)));

			Map<String, Integer> counts = new TreeMap<>();
			List<MapPoint> points = new ArrayList<>();
			for (Place place : register.places()) {
				counts.merge(place.departementCode(), 1, Integer::sum);
				if (place.located()) {
					points.add(new MapPoint(place.latitude(), place.longitude(), place.name(), place.kind()));
				}
			}
			String[] svg = new String[1];
			double[] mapTimes = measure(runs, () -> svg[0] = FranceMap.of(Level.DEPARTEMENT).title("Tiers-lieux par département")
					.counts(counts, "lieu", "lieux").points(points).toSvg());
			context.out().println(Messages.format("bench.places.map", points.size(), format(mapTimes[0]), format(mapTimes[1]), svg[0].length() / 1024));

			EssaimWorkspace workspace = EssaimWorkspace.load(context.resolve("examples"));
			var cases = workspace.cases().stream().map(CaseDocument::caseStudy).toList();
			var region = france.resolve("Pays de la Loire").orElseThrow();
			double[] sheetTimes = measure(runs, () -> TerritorySheetAsciiDoc.render(new TerritorySheets(france, List.of(register), cases).sheet(region), null));
			context.out().println(Messages.format("bench.places.sheet", region.name(), cases.size(), format(sheetTimes[0]), format(sheetTimes[1])));
		} finally {
			Files.deleteIfExists(output);
		}
	}

	/** {first run, median of the following runs} in milliseconds. */
	private static double[] measure(int runs, Supplier<?> work) {
		long start = System.nanoTime();
		work.get();
		double first = (System.nanoTime() - start) / 1e6;
		double[] times = new double[Math.max(runs, 1)];
		for (int i = 0; i < times.length; i++) {
			start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		java.util.Arrays.sort(times);
		return new double[] { first, times[times.length / 2] };
	}

	private static String format(double millis) {
		return Numbers.decimal(millis, 1);
	}
}
