/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.model.CaseFiles;
import org.essaim.territory.Geography;
import org.essaim.territory.places.PlaceLinks;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.essaim.territory.places.PlacesImport;
import org.essaim.territory.places.SourceTable;

/**
 * {@code essaim import-places <workspace> <file.csv|geojson>}: imports a census of places (shaped like the 2019
 * census of tiers-lieux) into {@code <workspace>/lieux/<file>.places}, with its data-quality report beside it
 * ({@code <file>.rapport.txt}) and its summary on stdout. Files are written atomically and only when they change, so
 * a rerun is a no-op.
 */
final class ImportPlacesCommand implements Command {

	@Override
	public String name() {
		return "import-places";
	}

	@Override
	public String operands() {
		return "<espace> <fichier.csv|geojson>";
	}

	@Override
	public String summary() {
		return Messages.format("importPlaces.summary");
	}

	@Override
	public Options options() {
		return new Options().addOption(Option.builder().longOpt("encoding").hasArg().argName("utf-8|latin-1").desc(Messages.format("importPlaces.encoding")).get())
				.addOption(Option.builder().longOpt("separator").hasArg().argName(";|,|tab").desc(Messages.format("importPlaces.separator")).get())
				.addOption(Option.builder().longOpt("out").hasArg().argName("fichier.places").desc(Messages.format("importPlaces.out")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 2, 2);
		Path folder = context.folder(operands.get(0));
		Path source = context.resolve(operands.get(1));
		if (!Files.isRegularFile(source)) {
			context.err().println(Messages.format("notFound", operands.get(1)));
			return USAGE;
		}
		SourceTable table = SourceTable.read(source, charset(line.getOptionValue("encoding")), separator(line.getOptionValue("separator")));
		PlacesImport.Result result = new PlacesImport(Geography.france()).run(table);
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		PlaceRegister register = PlaceLinks.linkCases(result.register(), workspace.cases().stream().map(CaseDocument::caseStudy).toList());
		String base = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
		Path target = line.hasOption("out") ? context.resolve(line.getOptionValue("out")) : folder.resolve("lieux").resolve(base + ".places");
		Path reportFile = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.places$", "") + ".rapport.txt");
		boolean changed = writeIfChanged(target, PlaceRegisterFiles.toBytes(register));
		changed |= writeIfChanged(reportFile, result.report().toText().getBytes(StandardCharsets.UTF_8));
		context.out().println(Messages.format("importPlaces.read", table.rows().size(), table.format(), table.encoding(), table.delimiter()));
		result.report().counts().forEach((kind, count) -> {
			if (count > 0) {
				context.out().printf("  %5d  %s%n", count, kind.label());
			}
		});
		long linked = register.places().stream().filter(p -> !p.caseIds().isEmpty()).count();
		context.out().println(Messages.format(changed ? "importPlaces.written" : "importPlaces.unchanged", register.places().size(),
				shown(context, target), shown(context, reportFile), linked, result.report().rowsWithDefects()));
		return OK;
	}

	/** Data-quality defects are reported, not failures: every row is kept, so the exit code stays 0. */
	private static boolean writeIfChanged(Path file, byte[] bytes) throws java.io.IOException {
		if (Files.isRegularFile(file) && Arrays.equals(bytes, Files.readAllBytes(file))) {
			return false;
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		CaseFiles.writeAtomically(file, bytes);
		return true;
	}

	private static String shown(CommandContext context, Path file) {
		return context.workingDirectory().relativize(file.toAbsolutePath()).toString();
	}

	private static Charset charset(String typed) throws ParseException {
		if (typed == null) {
			return null;
		}
		return switch (typed.toLowerCase(Locale.ROOT).replace("_", "-")) {
		case "utf-8", "utf8" -> StandardCharsets.UTF_8;
		case "latin-1", "latin1", "iso-8859-1", "windows-1252", "cp1252" -> Charset.forName("windows-1252");
		default -> throw new ParseException(Messages.format("importPlaces.badEncoding", typed));
		};
	}

	private static Character separator(String typed) throws ParseException {
		if (typed == null) {
			return null;
		}
		return switch (typed) {
		case ";", "point-virgule", "semicolon" -> ';';
		case ",", "virgule", "comma" -> ',';
		case "tab", "\\t", "tabulation" -> '\t';
		default -> throw new ParseException(Messages.format("importPlaces.badSeparator", typed));
		};
	}
}
