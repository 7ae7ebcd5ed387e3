/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.essaim.protocol.coop.Decision;
import org.essaim.protocol.coop.Deliverable;
import org.essaim.protocol.coop.LabelClaim;
import org.essaim.protocol.coop.LabelProfile;
import org.essaim.protocol.coop.Participation;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.labels.LabelCriterion;
import org.essaim.protocol.labels.LabelProfiles;

/**
 * The checklists of a protocol, derived from it: per phase what to prepare (inputs, places, methods), decide and
 * deliver; per role the same, for the phases the role takes part in; and the criteria of each label it aims at
 * as boxes a territory ticks.
 */
final class ChecklistPage {

	private ChecklistPage() {
	}

	static String asciidoc(Protocol protocol, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("checklistsOf") + " " + AsciidocText.inline(protocol.getTitle()));
		page.fieldMarkup(Labels.text("protocol"), page.link(PageNames.protocol(protocol.getName()), protocol.getTitle())).endFields();
		List<Phase> phases = PhaseOrder.of(protocol.getPhases());
		if (!phases.isEmpty()) {
			page.section(Labels.text("perPhase"));
			int number = 1;
			for (Phase phase : phases) {
				page.subsection(number++ + "&#46; " + AsciidocText.inline(phase.getTitle()));
				phaseChecklist(page, phase);
			}
			perRole(page, phases);
		}
		for (LabelClaim claim : protocol.getLabels()) {
			labelChecklist(page, claim);
		}
		return page.toString();
	}

	private static void phaseChecklist(AsciidocBuilder page, Phase phase) {
		List<String> prepare = new ArrayList<>();
		phase.getInputs().forEach(i -> prepare.add(AsciidocText.inline(i)));
		phase.getPlaces().forEach(p -> prepare.add(Labels.text("place") + " : " + AsciidocText.inline(p.getLabel())));
		phase.getMethods().forEach(m -> prepare.add(Labels.text("method") + " : " + AsciidocText.inline(m.getTitle())
				+ (m.getMaterials().isEmpty() ? "" : " (" + AsciidocText.inline(String.join(", ", m.getMaterials())) + ")")));
		List<String> decide = new ArrayList<>();
		phase.getDecisions().forEach(d -> decide.add(decision(d)));
		phase.getCriteria().forEach(c -> decide.add(Labels.text("criterionToMoveOn") + " : " + AsciidocText.inline(c)));
		List<String> deliver = phase.getDeliverables().stream().map(ChecklistPage::deliverable).toList();
		group(page, "prepare", prepare);
		group(page, "decide", decide);
		group(page, "deliver", deliver);
		if (prepare.isEmpty() && decide.isEmpty() && deliver.isEmpty()) {
			page.paragraphs(Labels.text("nothingToCheck"));
		}
	}

	/** Per party of the protocol: in each phase it takes part in, what it prepares, decides (when a decider) and delivers. */
	private static void perRole(AsciidocBuilder page, List<Phase> phases) {
		Map<String, List<String>> byRole = new LinkedHashMap<>();
		for (Phase phase : phases) {
			for (Participation participation : phase.getParticipants()) {
				if (participation.getParty() == null || participation.getParty().eIsProxy()) {
					continue;
				}
				String role = participation.getParty().getLabel() + (participation.getRole() == null ? "" : " (" + participation.getRole() + ")");
				List<String> items = byRole.computeIfAbsent(role, r -> new ArrayList<>());
				String in = " — " + AsciidocText.inline(phase.getTitle());
				items.add(Labels.text("takePartIn") + in);
				for (Decision decision : phase.getDecisions()) {
					if (decision.getDeciders().contains(participation.getParty())) {
						items.add(Labels.text("decide") + " : " + AsciidocText.inline(decision.getWhat()) + in);
					}
				}
				phase.getDeliverables().forEach(d -> items.add(Labels.text("deliver") + " : " + deliverable(d) + in));
			}
		}
		if (byRole.isEmpty()) {
			return;
		}
		page.section(Labels.text("perRole"));
		byRole.forEach((role, items) -> page.subsection(AsciidocText.inline(role)).checklist(items));
	}

	/** The label's criteria as boxes to tick, each with what this protocol still lacks. */
	static void labelChecklist(AsciidocBuilder page, LabelClaim claim) {
		labelChecklist(page, claim.getProfile());
	}

	static void labelChecklist(AsciidocBuilder page, LabelProfile profile) {
		page.section(Labels.text("labelChecklist") + " « " + AsciidocText.inline(LabelProfiles.title(profile)) + " »");
		page.paragraphs(Labels.text("labelChecklistLead"));
		List<String> items = new ArrayList<>();
		for (LabelCriterion criterion : LabelProfiles.criteria(profile)) {
			items.add("*" + AsciidocText.inline(criterion.id()) + "* " + AsciidocText.inline(criterion.title()) + " — _"
					+ AsciidocText.inline(criterion.source()) + "_");
		}
		page.checklist(items);
	}

	private static void group(AsciidocBuilder page, String key, List<String> items) {
		if (!items.isEmpty()) {
			page.raw("." + Labels.text(key) + "\n").checklist(items);
		}
	}

	private static String decision(Decision d) {
		return AsciidocText.inline(d.getWhat()) + (d.getHow() == null ? "" : " (" + AsciidocText.inline(d.getHow()) + ")");
	}

	private static String deliverable(Deliverable deliverable) {
		return AsciidocText.inline(deliverable.getTitle());
	}
}
