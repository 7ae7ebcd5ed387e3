/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;

/** The case sheet: summary, territory, actors, narrative, planned vs what happened, outcomes, lessons, sources. */
final class CasePage {

	private CasePage() {
	}

	/**
	 * {@code protocolPage} and {@code protocolTitle} are those of the protocol the case followed, or null
	 * when the workspace lacks it.
	 */
	static String asciidoc(CaseStudy c, String protocolPage, String protocolTitle, Links links) {
		return asciidoc(c, protocolPage, protocolTitle, links, List.of(), null);
	}

	/**
	 * With the territory pages of the units the case lies in (page name, unit name) and the target of its timeline
	 * image, or null when it has none.
	 */
	static String asciidoc(CaseStudy c, String protocolPage, String protocolTitle, Links links, List<List<String>> territoryPages,
			String timelineImage) {
		AsciidocBuilder page = new AsciidocBuilder(links).title(c.getTitle())
				.lead(c.getSummary())
				.field(Labels.text("period"), period(c))
				.fieldMarkup(Labels.text("processStatus"), Labels.literal(c.getProcessStatus()))
				.fieldMarkup(Labels.text("completeness"), Labels.literal(c.getCompleteness()));
		if (protocolPage != null) {
			page.fieldMarkup(Labels.text("protocolFollowed"), page.link(protocolPage, protocolTitle));
		} else {
			page.field(Labels.text("protocolFollowed"), c.getProtocol());
		}
		if (!territoryPages.isEmpty()) {
			page.fieldMarkup(Labels.text("territorySheets"),
					territoryPages.stream().map(t -> page.link(t.get(0), t.get(1))).collect(Collectors.joining(", ")));
		}
		page.endFields();
		territories(page, c.getTerritories());
		actors(page, c.getActors());
		if (c.getBody() != null && !c.getBody().isBlank()) {
			page.section(Labels.text("story")).paragraphs(c.getBody());
		}
		CaseSections.narrative(page, c);
		CaseSections.places(page, c.getPlaces());
		phases(page, c.getPhases(), timelineImage);
		CaseSections.residences(page, c.getResidences());
		CaseSections.experiments(page, c.getExperiments());
		outcomes(page, c.getOutcomes());
		CaseSections.lessons(page, c.getLessons());
		CaseSections.followUps(page, c.getFollowUps());
		fundings(page, c.getFundings());
		CaseSections.relations(page, c.getRelations());
		sources(page, c.getSources());
		CaseSections.closing(page, c);
		return page.toString();
	}

	private static String period(CaseStudy c) {
		String start = Objects.toString(c.getPeriodStart(), "");
		String end = Objects.toString(c.getPeriodEnd(), "");
		return start.isEmpty() && end.isEmpty() ? null : end.isEmpty() ? start : start + " – " + end;
	}

	private static void territories(AsciidocBuilder page, List<Territory> territories) {
		if (territories.isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Territory t : territories) {
			rows.add(List.of(AsciidocText.inline(t.getName()), Labels.literal(t.getKind()), AsciidocText.inline(t.getRegion()),
					t.getPopulation() == null ? "" : t.getPopulation().toString()));
		}
		page.section(Labels.text("territories")).table(
				List.of(Labels.text("territory"), Labels.text("kind"), Labels.text("region"), Labels.text("population")), rows);
	}

	private static void actors(AsciidocBuilder page, List<Actor> actors) {
		if (actors.isEmpty()) {
			return;
		}
		List<List<String>> rows = actors.stream()
				.map(a -> List.of(AsciidocText.inline(a.getName()), Labels.literal(a.getKind()), AsciidocText.inline(a.getRole()))).toList();
		page.section(Labels.text("actors")).table(List.of(Labels.text("actor"), Labels.text("kind"), Labels.text("role")), rows);
	}

	private static void phases(AsciidocBuilder page, List<Phase> phases, String timelineImage) {
		if (phases.isEmpty()) {
			return;
		}
		page.section(Labels.text("phasesRun"));
		if (timelineImage != null) {
			page.image(timelineImage, Labels.text("timelineAlt"));
		}
		for (Phase phase : phases) {
			page.subsection(AsciidocText.inline(Objects.requireNonNullElse(phase.getTitle(), phase.getName())))
					.field(Labels.text("plannedPhase"), phase.getPlannedPhase())
					.field(Labels.text("period"), Stream.of(phase.getStart(), phase.getEnd()).filter(Objects::nonNull).collect(Collectors.joining(" – ")))
					.endFields()
					.paragraphs(phase.getDescription());
		}
	}

	private static void outcomes(AsciidocBuilder page, List<Outcome> outcomes) {
		if (!outcomes.isEmpty()) {
			page.section(Labels.text("outcomes"))
					.list(outcomes.stream().map(o -> "*" + Labels.literal(o.getKind()) + "* : " + AsciidocText.inline(o.getDescription())).toList());
		}
	}

	private static void fundings(AsciidocBuilder page, List<Funding> fundings) {
		if (!fundings.isEmpty()) {
			page.section(Labels.text("fundings")).list(fundings.stream()
					.map(f -> AsciidocText.inline(Stream.of(f.getInstrumentDetail() != null ? f.getInstrumentDetail() : f.getInstrument().getLiteral(), f.getFunder(), f.getAmount(), f.getPeriod())
							.filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" — "))))
					.toList());
		}
	}

	private static void sources(AsciidocBuilder page, List<Source> sources) {
		if (sources.isEmpty()) {
			return;
		}
		page.section(Labels.text("sources"));
		for (Source source : sources) {
			String where = Stream.of(source.getDocument(), source.getLines() == null ? null : Labels.text("lines") + " " + source.getLines(),
					source.getUrl()).filter(Objects::nonNull).collect(Collectors.joining(", "));
			if (source.getQuote() != null && !source.getQuote().isBlank()) {
				page.quote(source.getQuote(), where);
			} else {
				page.list(List.of(AsciidocText.inline(where)));
			}
		}
	}
}
