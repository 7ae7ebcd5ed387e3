/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Deliverable;
import org.essaim.protocol.coop.Duration;
import org.essaim.protocol.coop.Method;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.Prototype;
import org.essaim.protocol.coop.Residence;
import org.essaim.protocol.coop.Step;

/** The process parts of a protocol page: phases in order, method cards, residences and prototypes. */
final class ProtocolSections {

	private ProtocolSections() {
	}

	static void phases(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getPhases().isEmpty()) {
			return;
		}
		page.section(Labels.text("phases"));
		timeline(page, PhaseOrder.of(protocol.getPhases()));
		int number = 1;
		for (Phase phase : PhaseOrder.of(protocol.getPhases())) {
			page.subsection(number++ + "&#46; " + AsciidocText.inline(phase.getTitle()));
			page.paragraphs(phase.getDescription())
					.field(Labels.text("participants"), phase.getParticipants().stream()
							.map(p -> p.getParty().getLabel() + (p.getRole() == null ? "" : " (" + p.getRole() + ")")).collect(Collectors.joining(", ")))
					.field(Labels.text("after"), phase.getAfter().stream().map(Phase::getTitle).collect(Collectors.joining(", ")))
					.field(Labels.text("duration"), duration(phase.getDuration()))
					.field(Labels.text("methods"), phase.getMethods().stream().map(Method::getTitle).collect(Collectors.joining(", ")))
					.field(Labels.text("places"), phase.getPlaces().stream().map(p -> p.getLabel()).collect(Collectors.joining(", ")))
					.field(Labels.text("inputs"), String.join(" ; ", phase.getInputs()))
					.endFields();
			List<String> items = new ArrayList<>();
			phase.getDeliverables().forEach(d -> items.add(Labels.text("deliverable") + " : " + deliverable(d)));
			phase.getDecisions().forEach(d -> items.add(Labels.text("decision") + " : " + AsciidocText.inline(d.getWhat()) + " — "
					+ AsciidocText.inline(d.getDeciders().stream().map(p -> p.getLabel()).collect(Collectors.joining(", ")))
					+ (d.getHow() == null ? "" : " (" + AsciidocText.inline(d.getHow()) + ")")));
			phase.getCriteria().forEach(c -> items.add(Labels.text("criterionToMoveOn") + " : " + AsciidocText.inline(c)));
			if (!items.isEmpty()) {
				page.list(items);
			}
		}
	}

	/** The phases at a glance, in order: what each waits for, how long it lasts and what it delivers. */
	private static void timeline(AsciidocBuilder page, List<Phase> phases) {
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		for (Phase phase : phases) {
			rows.add(List.of(number++ + "", AsciidocText.inline(phase.getTitle()), AsciidocText.inline(Objects.toString(duration(phase.getDuration()), "")),
					AsciidocText.inline(phase.getDeliverables().stream().map(Deliverable::getTitle).collect(Collectors.joining(" ; ")))));
		}
		page.raw(".").raw(Labels.text("timeline")).raw("\n[.timeline,cols=\"1,6,2,6\",options=\"header\"]\n");
		page.table(List.of("#", Labels.text("phase"), Labels.text("duration"), Labels.text("deliverables")), rows);
	}

	static void methods(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getMethods().isEmpty()) {
			return;
		}
		page.section(Labels.text("methodCards"));
		for (Method method : protocol.getMethods()) {
			page.subsection(AsciidocText.inline(method.getTitle()));
			page.paragraphs(method.getDescription())
					.field(Labels.text("invitation"), method.getInvitation())
					.field(Labels.text("space"), method.getSpace())
					.field(Labels.text("materials"), String.join(", ", method.getMaterials()))
					.field(Labels.text("groupSize"), method.getGroupSize() == null ? null
							: (method.getGroupSize().getMin() > 0 ? method.getGroupSize().getMin() + "–" : "") + method.getGroupSize().getValue())
					.field(Labels.text("duration"), duration(method.getDuration()))
					.endFields();
			if (!method.getSteps().isEmpty()) {
				page.list(method.getSteps().stream().map(ProtocolSections::step).toList());
			}
		}
	}

	static void residences(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getResidences().isEmpty()) {
			return;
		}
		page.section(Labels.text("residences"));
		for (Residence residence : protocol.getResidences()) {
			page.subsection(AsciidocText.inline(residence.getTitle()));
			page.paragraphs(residence.getDescription())
					.field(Labels.text("during"), residence.getDuring() == null ? null : residence.getDuring().getTitle())
					.field(Labels.text("host"), residence.getHosts().stream().map(h -> h.getLabel()).collect(Collectors.joining(", ")))
					.field(Labels.text("territory"), residence.getTerritory())
					.field(Labels.text("team"), residence.getTeam().stream()
							.map(t -> (t.getCount() > 0 ? t.getCount() + " " : "") + Labels.keyword(t.getDiscipline())).collect(Collectors.joining(", ")))
					.field(Labels.text("immersion"), residence.getWeeks() > 0 ? Labels.format("immersionValue", residence.getWeeks(), residence.getMonths()) : null)
					.field(Labels.text("problem"), residence.getProblem())
					.endFields();
			if (!residence.getDeliverables().isEmpty()) {
				page.list(residence.getDeliverables().stream().map(d -> Labels.text("deliverable") + " : " + deliverable(d)).toList());
			}
		}
	}

	static void prototypes(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getPrototypes().isEmpty()) {
			return;
		}
		page.section(Labels.text("prototypes"));
		for (Prototype prototype : protocol.getPrototypes()) {
			page.subsection(AsciidocText.inline(prototype.getTitle()));
			page.paragraphs(prototype.getDescription())
					.field(Labels.text("hypothesis"), prototype.getHypothesis())
					.field(Labels.text("test"), prototype.getTest())
					.field(Labels.text("successCriteria"), String.join(" ; ", prototype.getSuccessCriteria()))
					.field(Labels.text("status"), prototype.eIsSet(CoopPackage.Literals.PROTOTYPE__STATUS) ? Labels.keyword(prototype.getStatus()) : null)
					.field(Labels.text("outcome"), prototype.getOutcome())
					.endFields();
			if (!prototype.getLessons().isEmpty()) {
				page.list(prototype.getLessons().stream().map(l -> Labels.text("lesson") + " : " + AsciidocText.inline(l)).toList());
			}
		}
	}

	static String duration(Duration duration) {
		if (duration == null) {
			return null;
		}
		String value = duration.getMin() > 0 ? duration.getMin() + "–" + duration.getValue() : String.valueOf(duration.getValue());
		return value + " " + Labels.durationUnit(duration.getUnit());
	}

	private static String deliverable(Deliverable deliverable) {
		return AsciidocText.inline(deliverable.getTitle())
				+ (deliverable.getLicence() == null ? "" : " (" + Labels.text("licence") + " " + AsciidocText.inline(deliverable.getLicence()) + ")");
	}

	private static String step(Step step) {
		return AsciidocText.inline(step.getTitle()) + (step.getDuration() == null ? "" : " — " + duration(step.getDuration()));
	}
}
