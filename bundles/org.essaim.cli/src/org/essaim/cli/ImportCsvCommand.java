/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseProblem;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.csv.CaseCsvMerge;
import org.essaim.model.csv.CaseCsvReader;
import org.essaim.model.csv.CsvRow;

/**
 * {@code essaim import-csv <cases.csv> <workspace>}: each row updates the case of its id (the columns of the file
 * replace the case's values, the rest stays) or creates it. A row that cannot be read or would make an invalid case
 * is refused with its line; every accepted case is saved atomically, and only when it changed.
 */
final class ImportCsvCommand implements Command {

	@Override
	public String name() {
		return "import-csv";
	}

	@Override
	public String operands() {
		return "<fichier.csv> <espace>";
	}

	@Override
	public String summary() {
		return Messages.format("importCsv.summary");
	}

	@Override
	public Options options() {
		return new Options();
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 2, 2);
		Path csvFile = context.resolve(operands.get(0));
		if (!Files.isRegularFile(csvFile)) {
			context.err().println(Messages.format("notFound", operands.get(0)));
			return USAGE;
		}
		Path folder = context.folder(operands.get(1));
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		Map<String, CaseDocument> existing = workspace.cases().stream()
				.collect(Collectors.toMap(c -> c.caseStudy().getId(), Function.identity(), (a, b) -> a));
		String shownCsv = context.workingDirectory().relativize(csvFile.toAbsolutePath()).toString();
		int[] counts = new int[4]; // created, updated, unchanged, refused
		for (CsvRow row : CaseCsvReader.read(Files.readString(csvFile, StandardCharsets.UTF_8))) {
			counts[importRow(row, existing, folder, shownCsv, context)]++;
		}
		context.out().println(Messages.format("importCsv.done", counts[0], counts[1], counts[2], counts[3]));
		return counts[3] > 0 ? FAILED : OK;
	}

	/** Imports one row; returns 0 created, 1 updated, 2 unchanged or 3 refused. */
	private static int importRow(CsvRow row, Map<String, CaseDocument> existing, Path folder, String shownCsv, CommandContext context)
			throws Exception {
		String id = row.caseStudy().getId();
		if (!row.readable() || id == null || id.isBlank()) {
			List<String> errors = row.readable() ? List.of(Messages.format("importCsv.noId", row.line())) : row.errors();
			errors.forEach(error -> context.err().println(shownCsv + ":" + row.line() + ": error: " + error));
			return 3;
		}
		CaseDocument document = existing.get(id);
		CaseStudy target = document == null ? row.caseStudy() : EcoreUtil.copy(document.caseStudy());
		if (document != null) {
			CaseCsvMerge.apply(row.caseStudy(), target);
		}
		List<CaseProblem> errors = CaseValidator.validate(target).stream().filter(CaseProblem::isError).toList();
		if (!errors.isEmpty()) {
			errors.forEach(error -> context.err().println(shownCsv + ":" + row.line() + ": error: " + id + " : " + error.message()));
			return 3;
		}
		Path file = document != null ? document.file() : newCaseFile(folder, id);
		byte[] bytes = CaseFiles.toBytes(target);
		if (document != null && Arrays.equals(bytes, Files.readAllBytes(file))) {
			return 2;
		}
		Files.createDirectories(file.getParent());
		CaseFiles.writeAtomically(file, bytes);
		return document == null ? 0 : 1;
	}

	/** A new case goes where the workspace keeps its cases (a "cases" or "cas" folder), else at its root. */
	private static Path newCaseFile(Path folder, String id) {
		for (String name : List.of("cases", "cas")) {
			if (Files.isDirectory(folder.resolve(name))) {
				return folder.resolve(name).resolve(id + "." + CaseFiles.EXTENSION);
			}
		}
		return folder.resolve(id + "." + CaseFiles.EXTENSION);
	}
}
