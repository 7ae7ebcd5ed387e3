/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Deliverable;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.Prototype;
import org.essaim.protocol.coop.Residence;

/**
 * The document templates of a protocol, pre-filled from it: a partnership agreement naming its actors and phases,
 * a residence charter per residence, a follow-up sheet per experiment and a cover sheet per deliverable. Each is
 * shown as a page and as AsciiDoc source to copy into one's own documents.
 */
final class TemplatePage {

	private static final String BLANK = "…………………………";

	private TemplatePage() {
	}

	static String asciidoc(Protocol protocol, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("templatesOf") + " " + AsciidocText.inline(protocol.getTitle()));
		page.fieldMarkup(Labels.text("protocol"), page.link(PageNames.protocol(protocol.getName()), protocol.getTitle()))
				.field(Labels.text("licence"), protocol.getLicence()).endFields();
		page.paragraphs(Labels.text("templatesLead"));
		template(page, Labels.text("tpl.convention"), convention(protocol));
		for (Residence residence : protocol.getResidences()) {
			template(page, Labels.text("tpl.charter") + " — " + AsciidocText.inline(residence.getTitle()), charter(residence));
		}
		for (Prototype prototype : protocol.getPrototypes()) {
			template(page, Labels.text("tpl.followUp") + " — " + AsciidocText.inline(prototype.getTitle()), followUp(prototype));
		}
		for (Phase phase : PhaseOrder.of(protocol.getPhases())) {
			for (Deliverable deliverable : phase.getDeliverables()) {
				template(page, Labels.text("tpl.deliverable") + " — " + AsciidocText.inline(deliverable.getTitle()), deliverableSheet(phase, deliverable));
			}
		}
		return page.toString();
	}

	/** A template shown as it prints, then as AsciiDoc in a listing block (only special characters substituted). */
	private static void template(AsciidocBuilder page, String heading, List<String[]> fields) {
		page.section(heading);
		StringBuilder shown = new StringBuilder();
		StringBuilder source = new StringBuilder();
		for (String[] field : fields) {
			String value = field[1] == null || field[1].isBlank() ? BLANK : field[1];
			shown.append("**").append(AsciidocText.inline(field[0])).append("** : ").append(field[1] == null || field[1].isBlank() ? BLANK : AsciidocText.inline(value))
					.append(" +\n");
			source.append("*").append(verbatim(field[0])).append("* : ").append(verbatim(value)).append(" +\n");
		}
		page.raw("[.essaim-template]\n====\n").raw(shown.toString()).raw("====\n\n");
		page.raw("." + Labels.text("copySource") + "\n[source,asciidoc,subs=specialchars]\n----------\n").raw(source.toString())
				.raw("----------\n\n");
	}

	/** One line of text that cannot close the listing block it is in. */
	private static String verbatim(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static List<String[]> convention(Protocol protocol) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("tpl.object", protocol.getSummary()));
		int number = 1;
		for (Actor actor : protocol.getActors()) {
			fields.add(new String[] { Labels.text("tpl.party") + " " + number++, actor.getLabel() + (actor.getRole() == null ? "" : " — " + actor.getRole()) });
		}
		for (Phase phase : PhaseOrder.of(protocol.getPhases())) {
			String who = phase.getParticipants().stream().filter(p -> p.getParty() != null && !p.getParty().eIsProxy())
					.map(p -> p.getParty().getLabel()).collect(Collectors.joining(", "));
			fields.add(new String[] { Labels.text("tpl.commitment") + " « " + phase.getTitle() + " »", who });
		}
		fields.add(field("duration", ProtocolSections.duration(protocol.getDuration())));
		fields.add(field("tpl.deliverablesLicence", protocol.getLicence()));
		fields.add(field("tpl.governance", null));
		fields.add(field("tpl.signatures", null));
		return fields;
	}

	private static List<String[]> charter(Residence residence) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("problem", residence.getProblem()));
		fields.add(field("host", residence.getHosts().stream().map(h -> h.getLabel()).collect(Collectors.joining(", "))));
		fields.add(field("territory", residence.getTerritory()));
		fields.add(field("team", residence.getTeam().stream().map(t -> (t.getCount() > 0 ? t.getCount() + " " : "") + Labels.keyword(t.getDiscipline()))
				.collect(Collectors.joining(", "))));
		fields.add(field("immersion", residence.getWeeks() > 0 ? Labels.format("immersionValue", residence.getWeeks(), residence.getMonths()) : null));
		fields.add(field("tpl.hostCommitments", null));
		fields.add(field("tpl.teamCommitments", null));
		fields.add(field("deliverable", residence.getDeliverables().stream().map(Deliverable::getTitle).collect(Collectors.joining(" ; "))));
		fields.add(field("tpl.signatures", null));
		return fields;
	}

	private static List<String[]> followUp(Prototype prototype) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("hypothesis", prototype.getHypothesis()));
		fields.add(field("test", prototype.getTest()));
		fields.add(field("successCriteria", String.join(" ; ", prototype.getSuccessCriteria())));
		fields.add(field("tpl.startDate", null));
		fields.add(field("tpl.observations", null));
		fields.add(field("outcome", null));
		fields.add(field("tpl.decisionAfter", null));
		fields.add(field("lesson", null));
		return fields;
	}

	private static List<String[]> deliverableSheet(Phase phase, Deliverable deliverable) {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("tpl.producedIn", phase.getTitle()));
		fields.add(field("tpl.authors", phase.getParticipants().stream().filter(p -> p.getParty() != null && !p.getParty().eIsProxy())
				.map(p -> p.getParty().getLabel()).collect(Collectors.joining(", "))));
		fields.add(field("licence", deliverable.getLicence()));
		fields.add(field("tpl.content", null));
		fields.add(field("tpl.recipients", null));
		fields.add(field("tpl.date", null));
		return fields;
	}

	private static String[] field(String key, String value) {
		return new String[] { Labels.text(key), value };
	}
}
