/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.essaim.core.CaseDocument;
import org.essaim.core.ProtocolDocument;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/** Flattens protocols and cases into the fields and facets of the index. */
final class DocumentExtractor {

	private final Path root;

	DocumentExtractor(Path root) {
		this.root = root.toAbsolutePath();
	}

	IndexedDocument of(CaseDocument document) {
		return of(relative(document.file()), document.caseStudy());
	}

	/** A case under a workspace-relative path (the benchmark indexes cases that were never saved). */
	IndexedDocument of(String path, CaseStudy c) {
		StringJoiner names = new StringJoiner("\n");
		c.getTerritories().forEach(t -> add(names, t.getName(), t.getRegion()));
		c.getActors().forEach(a -> add(names, a.getName(), a.getRole()));
		c.getPlaces().forEach(p -> add(names, p.getName(), p.getTerritory()));
		StringJoiner body = new StringJoiner("\n");
		add(body, c.getBody(), c.getPeriodText());
		c.getPhases().forEach(p -> add(body, p.getTitle(), p.getDescription()));
		c.getOutcomes().forEach(o -> add(body, o.getDescription()));
		c.getLessons().forEach(lesson -> add(body, lesson.getText()));
		c.getSections().forEach(section -> add(body, section.getText()));
		c.getResidences().forEach(r -> add(body, r.getName(), r.getHost(), r.getProblem(), String.join(" ", r.getDeliverables())));
		c.getExperiments().forEach(e -> add(body, e.getName(), e.getHypothesis(), e.getLearned()));
		c.getFundings().forEach(f -> add(body, f.getInstrumentDetail(), f.getFunder()));
		c.getSources().forEach(s -> add(body, s.getQuote()));

		Facets facets = new Facets();
		facets.add(FacetDimensions.TYPE, "cas");
		c.getTerritories().forEach(t -> facets.add(FacetDimensions.TERRITORY, t.getKind().getLiteral()));
		CaseRegions.of(c).forEach(region -> facets.add(FacetDimensions.REGION, region));
		c.getActors().forEach(a -> facets.add(FacetDimensions.ACTOR, a.getKind().getLiteral()));
		c.getPlaces().forEach(p -> facets.add(FacetDimensions.PLACE, p.getKind().getLiteral()));
		facets.add(FacetDimensions.PROTOCOL, c.getProtocol());
		c.getPhases().forEach(p -> facets.add(FacetDimensions.PHASE, p.getPlannedPhase()));
		c.getFundings().forEach(f -> facets.add(FacetDimensions.FUNDING, f.getInstrument().getLiteral()));
		c.getExperiments().forEach(e -> facets.add(FacetDimensions.EXPERIMENT, e.getStatus().getLiteral()));
		facets.add(FacetDimensions.STATUS, c.getStatus().getLiteral());
		facets.add(FacetDimensions.COMPLETENESS, c.getCompleteness().getLiteral());
		c.getOutcomes().forEach(o -> facets.add(FacetDimensions.OUTCOME, o.getKind().getLiteral()));
		facets.add(FacetDimensions.PERIOD, FacetDimensions.decade(c.getPeriodStart()));
		return new IndexedDocument(path, c.getId(), SearchHit.CASE, text(c.getTitle()), names.toString(), facets.tags(),
				text(c.getSummary()), body.toString(), c.getStatus().getLiteral(), c.getCompleteness().getLiteral(), facets.values);
	}

	IndexedDocument of(ProtocolDocument document) {
		Protocol p = document.protocol();
		StringJoiner names = new StringJoiner("\n");
		Facets facets = new Facets();
		facets.add(FacetDimensions.TYPE, "protocole");
		facets.add(FacetDimensions.PROTOCOL, p.getName());
		for (Actor actor : p.getActors()) {
			add(names, actor.getLabel());
			if (actor.getKind() != null) {
				facets.add(FacetDimensions.ACTOR, caseLiteral(org.essaim.model.casestudy.ActorKind.get(actor.getKind().getName()), actor.getKind().getLiteral()));
			}
		}
		StringJoiner body = new StringJoiner("\n");
		for (Phase phase : p.getPhases()) {
			add(body, phase.getTitle(), phase.getDescription());
			phase.getDeliverables().forEach(d -> add(body, d.getTitle()));
			facets.add(FacetDimensions.PHASE, phase.getName());
		}
		p.getMethods().forEach(m -> add(body, m.getTitle(), m.getDescription()));
		p.getResidences().forEach(r -> add(body, r.getTitle(), r.getDescription(), r.getProblem()));
		p.getPrototypes().forEach(t -> add(body, t.getTitle(), t.getHypothesis(), t.getOutcome(), String.join(" ", t.getLessons())));
		p.getPlaces().forEach(place -> {
			add(names, place.getLabel());
			place.getKinds().forEach(kind -> facets.add(FacetDimensions.PLACE,
					caseLiteral(org.essaim.model.casestudy.PlaceKind.get(kind.getName()), kind.getLiteral())));
		});
		p.getGroups().forEach(group -> add(names, group.getLabel()));
		return new IndexedDocument(relative(document.file()), p.getName(), SearchHit.PROTOCOL, text(p.getTitle()), names.toString(),
				facets.tags(), text(p.getSummary()), body.toString(), "", "", facets.values);
	}

	/** Protocols and cases share facet values: the case model's label when the kind exists there too. */
	private static String caseLiteral(org.eclipse.emf.common.util.Enumerator caseKind, String protocolLiteral) {
		return caseKind != null ? caseKind.getLiteral() : protocolLiteral;
	}

	String relative(Path file) {
		Path absolute = file.toAbsolutePath();
		Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}

	private static void add(StringJoiner joiner, String... parts) {
		List<String> present = Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
		if (!present.isEmpty()) {
			joiner.add(String.join(" — ", present));
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** Facet values of one document, without blanks or duplicates. */
	private static final class Facets {
		final Map<String, List<String>> values = new LinkedHashMap<>();

		void add(String dimension, String value) {
			if (value != null && !value.isBlank()) {
				List<String> list = values.computeIfAbsent(dimension, d -> new ArrayList<>());
				if (!list.contains(value.strip())) {
					list.add(value.strip());
				}
			}
		}

		/** The searchable words of the kinds (territory, actors, places, funding): "rural" finds rural cases. */
		String tags() {
			Set<String> tags = new LinkedHashSet<>();
			for (String dimension : List.of(FacetDimensions.TERRITORY, FacetDimensions.ACTOR, FacetDimensions.PLACE, FacetDimensions.FUNDING)) {
				values.getOrDefault(dimension, List.of()).stream().filter(v -> !v.equals("non précisé") && !v.equals("autre")).forEach(tags::add);
			}
			return String.join("\n", tags);
		}
	}
}
