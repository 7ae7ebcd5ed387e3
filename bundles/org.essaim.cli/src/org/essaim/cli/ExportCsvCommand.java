/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.Problem;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.csv.CaseCsvWriter;
import org.essaim.model.csv.Codebook;

/** {@code essaim export-csv <workspace> --out cases.csv [--ids A,B] [--codebook codebook.csv]}. */
final class ExportCsvCommand implements Command {

	@Override
	public String name() {
		return "export-csv";
	}

	@Override
	public String operands() {
		return "<espace> --out <fichier.csv>";
	}

	@Override
	public String summary() {
		return Messages.format("exportCsv.summary");
	}

	@Override
	public Options options() {
		return new Options()
				.addOption(Option.builder().longOpt("out").hasArg().argName("fichier.csv").required().desc(Messages.format("option.csvOut")).get())
				.addOption(Option.builder().longOpt("ids").hasArg().argName("A,B").desc(Messages.format("option.ids")).get())
				.addOption(Option.builder().longOpt("codebook").hasArg().argName("fichier.csv").desc(Messages.format("option.codebook")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		EssaimWorkspace workspace = EssaimWorkspace.load(context.folder(operands(line, 1, 1).get(0)));
		for (Problem problem : workspace.problems()) {
			context.err().println(problem.format(context.workingDirectory()));
		}
		List<CaseStudy> selected = select(workspace, line.getOptionValue("ids"));
		StringWriter csv = new StringWriter();
		CaseCsvWriter.write(selected, csv);
		Path out = context.resolve(line.getOptionValue("out"));
		CaseFiles.writeAtomically(out, csv.toString().getBytes(StandardCharsets.UTF_8));
		context.out().println(Messages.format("exportCsv.done", selected.size(), out));
		if (line.hasOption("codebook")) {
			StringWriter codebook = new StringWriter();
			Codebook.write(codebook);
			Path codebookFile = context.resolve(line.getOptionValue("codebook"));
			CaseFiles.writeAtomically(codebookFile, codebook.toString().getBytes(StandardCharsets.UTF_8));
			context.out().println(Messages.format("exportCsv.codebook", codebookFile));
		}
		return OK;
	}

	/** Every case, by id, or those named by --ids (an unknown id is a command-line error: nothing is written). */
	private static List<CaseStudy> select(EssaimWorkspace workspace, String ids) throws ParseException {
		List<CaseStudy> all = workspace.cases().stream().map(CaseDocument::caseStudy).sorted(Comparator.comparing(CaseStudy::getId)).toList();
		if (ids == null) {
			return all;
		}
		Set<String> wanted = new LinkedHashSet<>(Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList());
		for (String id : wanted) {
			if (all.stream().noneMatch(c -> c.getId().equals(id))) {
				throw new ParseException(Messages.format("exportCsv.unknownId", id));
			}
		}
		return all.stream().filter(c -> wanted.contains(c.getId())).toList();
	}
}
