/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.model.CaseFiles;
import org.essaim.territory.Geography;
import org.essaim.territory.NameMatch;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.PlaceRegister;
import org.essaim.territory.places.PlaceRegisterFiles;
import org.essaim.territory.sheet.TerritorySheet;
import org.essaim.publish.AsciidocText;
import org.essaim.territory.sheet.TerritorySheetAsciiDoc;
import org.essaim.territory.sheet.TerritorySheetMap;
import org.essaim.territory.sheet.TerritorySheets;

/**
 * {@code essaim territoire <workspace> <code|name>}: the territory sheet ("diagnostic") of a commune, EPCI,
 * département or région as AsciiDoc on stdout (or in a file with {@code --out}, its map beside it as SVG).
 */
final class TerritoryCommand implements Command {

	@Override
	public String name() {
		return "territoire";
	}

	@Override
	public String operands() {
		return "<espace> <code|nom>";
	}

	@Override
	public String summary() {
		return Messages.format("territory.summary");
	}

	@Override
	public Options options() {
		return new Options().addOption(Option.builder().longOpt("out").hasArg().argName("fiche.adoc").desc(Messages.format("territory.out")).get());
	}

	@Override
	public int run(CommandContext context, CommandLine line) throws Exception {
		List<String> operands = operands(line, 2, 2);
		Path folder = context.folder(operands.get(0));
		Geography france = Geography.france();
		Optional<TerritoryUnit> unit = france.resolve(operands.get(1));
		if (unit.isEmpty()) {
			context.err().println(Messages.format("territory.unknown", operands.get(1)));
			return FAILED;
		}
		List<NameMatch> matches = france.lookup(operands.get(1));
		if (!matches.isEmpty() && matches.get(0).needsCorrection() && matches.get(0).unit().equals(unit.get())) {
			context.err().println(Messages.format("territory.corrected", operands.get(1), unit.get().label()));
		}
		EssaimWorkspace workspace = EssaimWorkspace.load(folder);
		List<PlaceRegister> registers = PlaceRegisterFiles.loadAll(folder);
		TerritorySheets sheets = new TerritorySheets(france, registers, workspace.cases().stream().map(CaseDocument::caseStudy).toList());
		TerritorySheet sheet = sheets.sheet(unit.get());
		if (!line.hasOption("out")) {
			context.out().print(TerritorySheetAsciiDoc.render(sheet, null));
			return OK;
		}
		Path page = context.resolve(line.getOptionValue("out"));
		Path map = page.resolveSibling(page.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".svg");
		Files.createDirectories(page.toAbsolutePath().getParent());
		String svg = TerritorySheetMap.toSvg(france, sheet, registers.stream().flatMap(r -> r.places().stream()).toList());
		CaseFiles.writeAtomically(map, svg.getBytes(StandardCharsets.UTF_8));
		CaseFiles.writeAtomically(page, TerritorySheetAsciiDoc.render(sheet, map.getFileName().toString(), AsciidocText::inline).getBytes(StandardCharsets.UTF_8));
		context.out().println(Messages.format("territory.written", context.workingDirectory().relativize(page.toAbsolutePath()),
				context.workingDirectory().relativize(map.toAbsolutePath())));
		return OK;
	}
}
