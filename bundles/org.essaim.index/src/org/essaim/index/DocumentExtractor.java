/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.essaim.core.CaseDocument;
import org.essaim.core.ProtocolDocument;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/** Flattens protocols and cases into the fields of the index. */
final class DocumentExtractor {

	private final Path root;

	DocumentExtractor(Path root) {
		this.root = root.toAbsolutePath();
	}

	IndexedDocument of(CaseDocument document) {
		CaseStudy c = document.caseStudy();
		StringJoiner names = new StringJoiner("\n");
		c.getTerritories().forEach(t -> add(names, t.getName(), t.getRegion()));
		c.getActors().forEach(a -> add(names, a.getName(), a.getRole()));
		StringJoiner body = new StringJoiner("\n");
		add(body, c.getBody());
		c.getPhases().forEach(p -> add(body, p.getTitle(), p.getDescription()));
		c.getOutcomes().forEach(o -> add(body, o.getDescription()));
		c.getLessons().forEach(lesson -> add(body, lesson.getText()));
		c.getSections().forEach(section -> add(body, section.getText()));
		c.getExperiments().forEach(e -> add(body, e.getName(), e.getHypothesis(), e.getLearned()));
		c.getFundings().forEach(f -> add(body, f.getInstrument().getLiteral(), f.getInstrumentDetail(), f.getFunder()));
		c.getSources().forEach(s -> add(body, s.getQuote()));
		return new IndexedDocument(relative(document.file()), c.getId(), SearchHit.CASE, text(c.getTitle()),
				names.toString(), text(c.getSummary()), body.toString());
	}

	IndexedDocument of(ProtocolDocument document) {
		Protocol p = document.protocol();
		StringJoiner names = new StringJoiner("\n");
		for (Actor actor : p.getActors()) {
			add(names, actor.getLabel());
		}
		StringJoiner body = new StringJoiner("\n");
		for (Phase phase : p.getPhases()) {
			add(body, phase.getTitle(), phase.getDescription());
			phase.getDeliverables().forEach(d -> add(body, d.getTitle()));
		}
		p.getMethods().forEach(m -> add(body, m.getTitle(), m.getDescription()));
		p.getResidences().forEach(r -> add(body, r.getTitle(), r.getDescription(), r.getProblem()));
		p.getPrototypes().forEach(t -> add(body, t.getTitle(), t.getHypothesis(), t.getOutcome(), String.join(" ", t.getLessons())));
		p.getPlaces().forEach(place -> add(names, place.getLabel()));
		p.getGroups().forEach(group -> add(names, group.getLabel()));
		return new IndexedDocument(relative(document.file()), p.getName(), SearchHit.PROTOCOL, text(p.getTitle()),
				names.toString(), text(p.getSummary()), body.toString());
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
}
