/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.essaim.model.casestudy.ActorKind;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;

/** A territory sheet as one AsciiDoc page in French (readable as plain text too); {@code mapImage} is optional. */
public final class TerritorySheetAsciiDoc {

	/**
	 * The page to read as plain text (a terminal): names and titles are written as they are. A page that will be
	 * rendered must use {@link #render(TerritorySheet, String, UnaryOperator)} with an escaper.
	 */
	public static String render(TerritorySheet sheet, String mapImage) {
		return render(sheet, mapImage, UnaryOperator.identity());
	}

	/**
	 * The page; {@code mapImage}, if not null, is the path of the sheet's map written beside the page. Text that
	 * comes from cases or from an imported census (titles, place and commune names) goes through {@code userText},
	 * which must make it inert AsciiDoc (no passthrough, macro or markup) when the page is rendered.
	 */
	public static String render(TerritorySheet sheet, String mapImage, UnaryOperator<String> userText) {
		return new TerritorySheetAsciiDoc(userText).page(sheet, mapImage);
	}

	private final UnaryOperator<String> userText;

	private TerritorySheetAsciiDoc(UnaryOperator<String> userText) {
		this.userText = userText;
	}

	private String page(TerritorySheet sheet, String mapImage) {
		TerritoryUnit unit = sheet.unit();
		StringBuilder doc = new StringBuilder();
		doc.append("= Diagnostic territorial : ").append(unit.name()).append("\n\n");
		doc.append("[horizontal]\n");
		doc.append("Niveau:: ").append(unit.level().label()).append(" (code ").append(unit.code()).append(")\n");
		if (!sheet.parents().isEmpty()) {
			doc.append("Dans:: ").append(sheet.parents().stream().map(TerritoryUnit::label).collect(Collectors.joining(", "))).append('\n');
		}
		if (sheet.population() > 0) {
			doc.append("Population:: ").append(number(sheet.population())).append(" habitants (population municipale, INSEE)\n");
		}
		if (unit.level() == org.essaim.territory.Level.COMMUNE || unit.level() == org.essaim.territory.Level.EPCI) {
			sheet.kind().ifPresent(kind -> doc.append("Type de territoire:: ").append(kind.getLiteral())
					.append(" (déduit de la population et de l'intercommunalité)\n"));
		}
		if (!sheet.neighbours().isEmpty()) {
			doc.append("Voisins:: ").append(sheet.neighbours().stream().map(TerritoryUnit::name).collect(Collectors.joining(", "))).append('\n');
		}
		doc.append('\n');
		if (mapImage != null) {
			doc.append("image::").append(mapImage).append("[Carte : ").append(unit.name()).append(", lieux du recensement 2019]\n\n");
		}
		places(sheet, doc);
		cases(sheet, doc);
		protocolsAndActors(sheet, doc);
		doc.append("_Sources : INSEE, Code officiel géographique 2026 (via Etalab) ; recensement des tiers-lieux 2019 (CGET/ANCT) ; ")
				.append("Licence Ouverte 2.0. Cas : espace de travail Essaim._\n");
		return doc.toString();
	}

	private void places(TerritorySheet sheet, StringBuilder doc) {
		doc.append("== Lieux (recensement des tiers-lieux 2019)\n\n");
		if (sheet.places().isEmpty()) {
			doc.append("Aucun lieu recensé dans ce territoire.\n\n");
			return;
		}
		doc.append(sheet.places().size()).append(" lieu(x) : ")
				.append(sheet.placesByKind().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")))
				.append(".\n\n");
		if (sheet.placesByArea().size() > 1) {
			doc.append("[cols=\"3,1\",options=\"header\"]\n|===\n| ").append(sheet.unit().level().name().equals("REGION") ? "Département" : "Commune")
					.append(" | Lieux\n");
			sheet.placesByArea().forEach((area, count) -> doc.append("| ").append(cell(area)).append(" | ").append(count).append('\n'));
			doc.append("|===\n\n");
		}
		doc.append("[cols=\"3,2,2\",options=\"header\"]\n|===\n| Lieu | Commune | Type\n");
		for (Place place : sheet.places()) {
			doc.append("| ").append(cell(place.name())).append(place.caseIds().isEmpty() ? "" : " (cas : " + cell(String.join(", ", place.caseIds())) + ")")
					.append(" | ").append(cell(place.communeName().isEmpty() ? "?" : place.communeName())).append(" | ")
					.append(cell(TerritorySheets.kindLabel(place.kind()))).append('\n');
		}
		doc.append("|===\n\n");
	}

	private void cases(TerritorySheet sheet, StringBuilder doc) {
		doc.append("== Cas documentés\n\n");
		caseList("Situés ici", sheet.casesHere(), doc);
		caseList("À proximité", sheet.casesNearby(), doc);
		caseList("À une échelle englobante", sheet.casesAround(), doc);
	}

	private void caseList(String title, List<SheetCase> cases, StringBuilder doc) {
		doc.append("=== ").append(title).append(" (").append(cases.size()).append(")\n\n");
		if (cases.isEmpty()) {
			doc.append("Aucun.\n\n");
			return;
		}
		for (SheetCase c : cases) {
			doc.append("* *").append(userText.apply(c.id())).append("* — ").append(userText.apply(c.title()));
			doc.append(" (").append(userText.apply(c.territory())).append(")");
			if (!c.relation().equals("ici")) {
				doc.append(" — ").append(c.relation());
			}
			if (!c.protocol().isEmpty()) {
				doc.append(" ; protocole `").append(c.protocol()).append('`');
			}
			doc.append('\n');
		}
		doc.append('\n');
	}

	private void protocolsAndActors(TerritorySheet sheet, StringBuilder doc) {
		doc.append("== Protocoles suivis ici\n\n");
		if (sheet.protocols().isEmpty()) {
			doc.append("Aucun cas situé ici ne suit un protocole décrit.\n\n");
		} else {
			sheet.protocols().forEach((name, count) -> doc.append("* `").append(name).append("` : ").append(count).append(" cas\n"));
			doc.append('\n');
		}
		doc.append("== Acteurs des cas situés ici\n\n");
		if (sheet.casesHere().isEmpty()) {
			doc.append("Aucun cas situé ici : les types d'acteurs ne peuvent pas être relevés.\n\n");
			return;
		}
		doc.append("Présents:: ").append(sheet.actorKinds().entrySet().stream().map(e -> e.getKey().getLiteral() + " (" + e.getValue() + " cas)")
				.collect(Collectors.joining(", "))).append('\n');
		doc.append("Absents:: ").append(sheet.absentActorKinds().isEmpty() ? "aucun"
				: sheet.absentActorKinds().stream().map(ActorKind::getLiteral).collect(Collectors.joining(", "))).append("\n\n");
	}

	private String cell(String text) {
		return userText.apply(text).replace("|", "\\|");
	}

	private static String number(int value) {
		return String.format(Locale.FRANCE, "%,d", value).replace('\u00a0', ' ').replace('\u202f', ' ');
	}
}
