/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.essaim.core.CaseDocument;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Duration;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/** The method card of a protocol: purpose, actors, phases in order, deliverables, and the cases that used it. */
final class ProtocolPage {

	private static final String UP = "../";

	private ProtocolPage() {
	}

	static String asciidoc(Protocol protocol, List<CaseDocument> casesUsingIt) {
		AsciidocBuilder page = new AsciidocBuilder().title(protocol.getTitle())
				.navigation(AsciidocBuilder.link(UP, "index", "Guide pratique Essaim"))
				.lead(protocol.getSummary())
				.field(Labels.text("version"), protocol.getVersion())
				.field(Labels.text("licence"), protocol.getLicence())
				.endFields();
		page.section(Labels.text("actors"));
		List<List<String>> actors = new ArrayList<>();
		for (Actor actor : protocol.getActors()) {
			actors.add(List.of(AsciidocText.inline(actor.getLabel()), Labels.actorKind(actor.getKind())));
		}
		page.table(List.of(Labels.text("actor"), Labels.text("kind")), actors);
		page.section(Labels.text("phases"));
		int number = 1;
		for (Phase phase : PhaseOrder.of(protocol.getPhases())) {
			page.subsection(number++ + "&#46; " + AsciidocText.inline(phase.getTitle()));
			page.paragraphs(phase.getDescription())
					.field(Labels.text("participants"), phase.getParticipants().stream().map(p -> p.getParty().getLabel()).collect(Collectors.joining(", ")))
					.field(Labels.text("after"), phase.getAfter().stream().map(Phase::getTitle).collect(Collectors.joining(", ")))
					.field(Labels.text("duration"), duration(phase.getDuration()))
					.endFields();
			if (!phase.getDeliverables().isEmpty()) {
				page.list(phase.getDeliverables().stream().map(d -> Labels.text("deliverable") + " : " + AsciidocText.inline(d.getTitle())).toList());
			}
		}
		page.section(Labels.text("casesUsingProtocol"));
		if (casesUsingIt.isEmpty()) {
			page.paragraphs(Labels.text("noCaseYet"));
		} else {
			page.list(casesUsingIt.stream()
					.map(c -> AsciidocBuilder.link(UP, PageNames.caseStudy(c.caseStudy().getId()), c.caseStudy().getTitle())).toList());
		}
		return page.toString();
	}

	private static String duration(Duration duration) {
		return duration == null ? null : duration.getValue() + " " + Labels.durationUnit(duration.getUnit());
	}
}
