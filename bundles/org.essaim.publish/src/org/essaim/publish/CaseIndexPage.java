/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.essaim.core.CaseDocument;
import org.essaim.core.ProtocolDocument;
import org.essaim.model.casestudy.CaseStudy;

/** The index of the case studies: by kind of territory, by kind of actor and by the protocol they followed. */
final class CaseIndexPage {

	static final String MAP = "carte-cas.svg";
	static final String BY_TERRITORY_KIND = "cas-par-territoire.svg";
	static final String BY_ACTOR_KIND = "cas-par-acteur.svg";
	static final String BY_OUTCOME = "cas-par-resultat.svg";

	private CaseIndexPage() {
	}

	static String asciidoc(List<CaseDocument> cases, List<ProtocolDocument> protocols, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("cases"));
		page.paragraphs(Labels.format("casesLead", cases.size()));
		page.image(links.image(MAP), Labels.text("casesMapAlt"));
		page.raw(Labels.format(page.links().book() ? "mapLeadBook" : "mapLead", page.link(TerritoryPages.INDEX, Labels.text("territoriesTitle"))) + "\n\n");
		page.section(Labels.text("charts"));
		page.image(links.image(BY_TERRITORY_KIND), Labels.text("chartTerritoryKind"));
		page.image(links.image(BY_ACTOR_KIND), Labels.text("chartActorKind"));
		page.image(links.image(BY_OUTCOME), Labels.text("chartOutcome"));
		List<CaseStudy> sorted = cases.stream().map(CaseDocument::caseStudy)
				.sorted(Comparator.comparing(CaseStudy::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		page.section(Labels.text("byTerritoryKind"));
		grouped(page, sorted, c -> c.getTerritories().stream().map(t -> t.getKind()));
		page.section(Labels.text("byActorKind"));
		grouped(page, sorted, c -> c.getActors().stream().map(a -> a.getKind()));
		page.section(Labels.text("byProtocol"));
		Map<String, List<CaseStudy>> byProtocol = new TreeMap<>();
		for (CaseStudy c : sorted) {
			if (c.getProtocol() != null && !c.getProtocol().isBlank()) {
				byProtocol.computeIfAbsent(c.getProtocol(), k -> new java.util.ArrayList<>()).add(c);
			}
		}
		byProtocol.forEach((name, using) -> {
			String title = protocols.stream().filter(p -> name.equals(p.protocol().getName())).map(p -> p.protocol().getTitle()).findFirst().orElse(name);
			page.subsection(page.link(PageNames.protocol(name), title) + " (" + using.size() + ")");
			page.list(using.stream().map(c -> caseLink(page, c)).toList());
		});
		page.section(Labels.text("allCases"));
		page.list(sorted.stream().map(c -> caseLink(page, c) + " — " + Labels.literal(c.getCompleteness())).toList());
		return page.toString();
	}

	/** One subsection per vocabulary value (in the vocabulary's order), listing the cases that carry it. */
	private static void grouped(AsciidocBuilder page, List<CaseStudy> cases, Function<CaseStudy, Stream<? extends Enumerator>> values) {
		Map<Enumerator, List<CaseStudy>> groups = new TreeMap<>(Comparator.comparingInt(Enumerator::getValue));
		for (CaseStudy c : cases) {
			values.apply(c).filter(java.util.Objects::nonNull).distinct()
					.forEach(v -> groups.computeIfAbsent(v, k -> new java.util.ArrayList<>()).add(c));
		}
		groups.forEach((value, members) -> {
			page.subsection(Labels.literal(value) + " (" + members.size() + ")");
			page.list(members.stream().map(c -> caseLink(page, c)).toList());
		});
	}

	static String caseLink(AsciidocBuilder page, CaseStudy c) {
		return page.link(PageNames.caseStudy(c.getId()), c.getTitle());
	}
}
