/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.List;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code essaim bench <target>}: measures and prints figures, asserts nothing. One class per target; the protocol
 * language's benchmark, which needs the editor services, runs from the language server jar
 * ({@code ./essaim bench protocoles}).
 */
final class BenchCommand implements Command {

	private final Map<String, Benchmark> targets = Map.of("cases", new CaseBenchmark(), "cas", new CaseBenchmark(), "index",
			new IndexBenchmark(), "places", new PlacesBenchmark(), "lieux", new PlacesBenchmark(), "publish", new PublishBenchmark());

	/** A measured target. */
	interface Benchmark {
		void run(CommandContext context, int count) throws Exception;

		/** The count when {@code --count} is not given. */
		default int defaultCount() {
			return 10000;
		}
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String operands() {
		return "cases|index|places|publish [--count N]";
	}

	@Override
	public String summary() {
		return Messages.format("bench.summary");
	}

	@Override
	public Options options() {
		return new Options().addOption(Option.builder().longOpt("count").hasArg().argName("N").desc(Messages.format("option.count")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 1, 1);
		Benchmark benchmark = targets.get(operands.get(0));
		if (benchmark == null) {
			throw new ParseException(Messages.format("bench.unknownTarget", operands.get(0)));
		}
		int count;
		try {
			count = Integer.parseInt(line.getOptionValue("count", String.valueOf(benchmark.defaultCount())));
		} catch (NumberFormatException e) {
			throw new ParseException(Messages.format("badCount", line.getOptionValue("count")));
		}
		if (count < 1) {
			throw new ParseException(Messages.format("badCount", count));
		}
		benchmark.run(context, count);
		return OK;
	}
}
