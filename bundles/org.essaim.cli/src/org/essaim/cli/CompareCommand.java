/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.OptionGroup;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.index.compare.CaseMatrix;
import org.essaim.index.compare.ConditionsTable;
import org.essaim.index.compare.MatrixFormats;
import org.essaim.model.casestudy.CaseStudy;

/**
 * {@code essaim compare <workspace> <id> <id> ... [--csv|--adoc|--qca]}: the cross-case matrix of the named cases
 * (all cases when none is named) on standard output, or their "conditions × outcome" table for a QCA tool.
 */
final class CompareCommand implements Command {

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String operands() {
		return "<espace> [<id> <id> ...] [--csv|--adoc|--qca]";
	}

	@Override
	public String summary() {
		return Messages.format("compare.summary");
	}

	@Override
	public Options options() {
		OptionGroup formats = new OptionGroup()
				.addOption(Option.builder().longOpt("csv").desc(Messages.format("option.csv")).get())
				.addOption(Option.builder().longOpt("adoc").desc(Messages.format("option.adoc")).get())
				.addOption(Option.builder().longOpt("qca").desc(Messages.format("option.qca")).get());
		return new Options().addOptionGroup(formats);
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 1, Integer.MAX_VALUE);
		EssaimWorkspace workspace = EssaimWorkspace.load(context.folder(operands.get(0)));
		List<CaseStudy> cases = select(workspace, operands.subList(1, operands.size()));
		if (line.hasOption("qca")) {
			ConditionsTable table = ConditionsTable.of(cases);
			context.out().print(MatrixFormats.csv(table));
			if (!table.excluded().isEmpty()) {
				context.err().println(Messages.format("compare.excluded", String.join(", ", table.excluded())));
			}
		} else if (line.hasOption("csv")) {
			context.out().print(MatrixFormats.csv(CaseMatrix.of(cases)));
		} else {
			context.out().print(MatrixFormats.asciiDoc(CaseMatrix.of(cases)));
		}
		context.out().flush();
		return OK;
	}

	/** The named cases in the order given, or every case by id; an unknown id is a command-line error. */
	private static List<CaseStudy> select(EssaimWorkspace workspace, List<String> ids) throws ParseException {
		if (ids.isEmpty()) {
			return workspace.cases().stream().map(CaseDocument::caseStudy)
					.sorted(java.util.Comparator.comparing(CaseStudy::getId, java.util.Comparator.nullsLast(String::compareTo))).toList();
		}
		List<CaseStudy> cases = new ArrayList<>();
		for (String id : ids) {
			cases.add(workspace.findCase(id).map(CaseDocument::caseStudy)
					.orElseThrow(() -> new ParseException(Messages.format("compare.unknownId", id))));
		}
		return cases;
	}
}
