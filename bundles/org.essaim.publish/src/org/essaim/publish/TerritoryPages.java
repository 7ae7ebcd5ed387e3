/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.territory.Region;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.sheet.SheetCase;
import org.essaim.territory.sheet.TerritorySheet;

/** The « Territoires » chapter: the maps of France, then one territorial sheet per région and per département concerned. */
final class TerritoryPages {

	static final String INDEX = TerritoryFigures.FOLDER + "/index";
	private static final String CASES_MAP = "carte-cas.svg";
	private static final String PLACES_MAP = "carte-lieux.svg";
	private static final Pattern IMAGE_LINE = Pattern.compile("(?m)^image::([^\\[]+)\\[(.*)\\]$");

	private TerritoryPages() {
	}

	/**
	 * Whether the book carries the unit's sheet: the régions only. Measured on the examples, the sheets of the 108
	 * départements with places doubled the book (408 to 900 pages, 4.9 to 22 MB) and its rendering time.
	 */
	static boolean inBook(TerritoryUnit unit) {
		return unit instanceof Region;
	}

	/** The chapter page and the sheets; {@code linksOf} gives each page its links; the book has the régions' sheets only. */
	static List<GuidePage> pages(TerritoryFigures figures, java.util.function.Function<String, Links> linksOf, boolean book) {
		List<GuidePage> sheets = new ArrayList<>();
		List<String> regionLines = new ArrayList<>();
		List<String> departementLines = new ArrayList<>();
		Links indexLinks = linksOf.apply(INDEX);
		for (TerritoryUnit unit : figures.units()) {
			String name = TerritoryFigures.pageOf(unit);
			TerritorySheet sheet = figures.sheet(unit);
			String line = Labels.format("unitLine", indexLinks.to(name, unit.name() + " (" + unit.code() + ")"), sheet.casesHere().size(),
					sheet.places().size());
			(unit instanceof Region ? regionLines : departementLines).add(line);
			if (book && !inBook(unit)) {
				continue;
			}
			String mapFile = PageNames.safe(unit.key().replace(':', '-')) + ".svg";
			Links links = linksOf.apply(name);
			sheets.add(new GuidePage(name, unit.name(), INDEX, unit.label(), asciidoc(sheet, links, figures.sheetAsciidoc(sheet, links.image(mapFile))),
					null, new TreeMap<>(java.util.Map.of(mapFile, figures.sheetMap(sheet)))));
		}
		AsciidocBuilder index = new AsciidocBuilder(indexLinks).titleMarkup(Labels.text("territoriesTitle"));
		index.paragraphs(Labels.text("territoriesLead"));
		index.image(indexLinks.image(CASES_MAP), Labels.text("casesMapAlt"));
		if (figures.placeCount() > 0) {
			index.image(indexLinks.image(PLACES_MAP), Labels.text("placesMapAlt"));
		}
		index.section(Labels.text("regionsList")).list(regionLines);
		if (!departementLines.isEmpty()) {
			index.section(Labels.text("departementsList")).list(departementLines);
		}
		TreeMap<String, String> images = new TreeMap<>();
		images.put(CASES_MAP, figures.casesMap());
		if (figures.placeCount() > 0) {
			images.put(PLACES_MAP, figures.placesMap());
		}
		List<GuidePage> pages = new ArrayList<>();
		pages.add(new GuidePage(INDEX, Labels.text("territoriesTitle"), INDEX, Labels.text("territoriesSummary"), index.toString(), null, images));
		pages.addAll(sheets);
		return pages;
	}

	/**
	 * The sheet as the territory bundle writes it, made a page of the guide: the book's anchor on its title, the
	 * case ids linked to their sheets, the map's text alternative quoted (it holds a comma).
	 */
	static String asciidoc(TerritorySheet sheet, Links links, String text) {
		String page = text;
		if (links.book()) {
			page = "[#" + Links.anchor(links.currentPage()) + "]\n" + page;
		}
		Matcher image = IMAGE_LINE.matcher(page);
		if (image.find()) {
			page = page.substring(0, image.start()) + AsciidocBuilder.imageMacro(image.group(1), image.group(2)) + page.substring(image.end());
		}
		List<SheetCase> all = new ArrayList<>(sheet.casesHere());
		all.addAll(sheet.casesNearby());
		all.addAll(sheet.casesAround());
		for (SheetCase c : all) {
			String bold = "* *" + AsciidocText.inline(c.id()) + "* — ";
			page = page.replace(bold, "* " + links.markup(PageNames.caseStudy(c.id()), "*" + AsciidocText.inline(c.id()) + "*") + " — ");
		}
		return page;
	}
}
