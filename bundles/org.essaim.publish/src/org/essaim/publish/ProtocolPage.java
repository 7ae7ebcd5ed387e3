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
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Funding;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.LabelClaim;
import org.essaim.protocol.coop.Place;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.labels.LabelCriterion;
import org.essaim.protocol.labels.LabelProfiles;

/**
 * The page of a protocol: purpose and lineage, the labels it aims at with each criterion checked, who takes part,
 * where, the phases in order, the method cards, residences, prototypes and funding, and the cases that used it.
 */
final class ProtocolPage {

	private ProtocolPage() {
	}

	static String asciidoc(Protocol protocol, List<CaseDocument> casesUsingIt, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).title(protocol.getTitle())
				.lead(protocol.getSummary())
				.field(Labels.text("version"), protocol.getVersion())
				.field(Labels.text("licence"), protocol.getLicence())
				.field(Labels.text("authors"), String.join(", ", protocol.getAuthors()))
				.field(Labels.text("status"), protocol.eIsSet(CoopPackage.Literals.PROTOCOL__STATUS) ? Labels.keyword(protocol.getStatus()) : null)
				.field(Labels.text("scale"), protocol.eIsSet(CoopPackage.Literals.PROTOCOL__SCALE) ? Labels.keyword(protocol.getScale()) : null)
				.field(Labels.text("duration"), ProtocolSections.duration(protocol.getDuration()))
				.field(Labels.text("whenToUse"), whenToUse(protocol));
		if (protocol.getDerivedFrom() != null && !protocol.getDerivedFrom().eIsProxy()) {
			page.fieldMarkup(Labels.text("derivedFrom"), page.link(PageNames.protocol(protocol.getDerivedFrom().getName()),
					protocol.getDerivedFrom().getTitle()));
		}
		page.endFields();
		protocol.getLabels().forEach(claim -> labelSection(page, protocol, claim));
		actors(page, protocol);
		places(page, protocol);
		ProtocolSections.phases(page, protocol);
		ProtocolSections.methods(page, protocol);
		ProtocolSections.residences(page, protocol);
		ProtocolSections.prototypes(page, protocol);
		fundings(page, protocol);
		page.section(Labels.text("casesUsingProtocol"));
		if (casesUsingIt.isEmpty()) {
			page.paragraphs(Labels.text("noCaseYet"));
		} else {
			page.list(casesUsingIt.stream()
					.map(c -> page.link(PageNames.caseStudy(c.caseStudy().getId()), c.caseStudy().getTitle())).toList());
		}
		return page.toString();
	}

	/** When the protocol fits, from what it declares: the scale of territory, the labels it prepares for, what it needs. */
	private static String whenToUse(Protocol protocol) {
		List<String> parts = new ArrayList<>();
		if (protocol.eIsSet(CoopPackage.Literals.PROTOCOL__SCALE)) {
			parts.add(Labels.format("whenScale", Labels.keyword(protocol.getScale())));
		}
		protocol.getLabels().forEach(l -> parts.add(Labels.format("whenLabel", LabelProfiles.title(l.getProfile()))));
		if (!protocol.getResidences().isEmpty()) {
			parts.add(Labels.text("whenResidence"));
		}
		if (!protocol.getPrototypes().isEmpty()) {
			parts.add(Labels.text("whenPrototype"));
		}
		return parts.isEmpty() ? null : String.join(" ; ", parts);
	}

	/** Each criterion of the label with what the protocol lacks, as validation reports it. */
	private static void labelSection(AsciidocBuilder page, Protocol protocol, LabelClaim claim) {
		page.section(Labels.text("label") + " « " + AsciidocText.inline(LabelProfiles.title(claim.getProfile())) + " »");
		List<List<String>> rows = new ArrayList<>();
		for (LabelCriterion criterion : LabelProfiles.criteria(claim.getProfile())) {
			String state = criterion.shortfall(protocol).map(missing -> Labels.text("criterionNotMet") + " : " + AsciidocText.inline(missing))
					.orElse(Labels.text("criterionMet"));
			rows.add(List.of(AsciidocText.inline(criterion.id()), AsciidocText.inline(criterion.title()), state));
		}
		page.table(List.of(Labels.text("criterion"), Labels.text("requirement"), Labels.text("state")), rows);
		claim.getJustifications().forEach(j -> page.field(Labels.text("justification") + " (" + Labels.keyword(j.getCriterion()) + ")", j.getText()));
		page.endFields();
	}

	private static void actors(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getActors().isEmpty()) {
			return;
		}
		page.section(Labels.text("actors"));
		List<List<String>> rows = new ArrayList<>();
		for (Actor actor : protocol.getActors()) {
			List<String> status = new ArrayList<>();
			if (actor.isPrivateLaw()) {
				status.add(Labels.text("privateLaw"));
			}
			if (actor.isPublicLaw()) {
				status.add(Labels.text("publicLaw"));
			}
			if (actor.isLocal()) {
				status.add(Labels.text("local"));
			}
			if (actor.isAdjacent()) {
				status.add(Labels.text("adjacent"));
			}
			rows.add(List.of(AsciidocText.inline(actor.getLabel()), Labels.actorKind(actor.getKind()), String.join(", ", status),
					AsciidocText.inline(actor.getRole() == null ? "" : actor.getRole())));
		}
		page.table(List.of(Labels.text("actor"), Labels.text("kind"), Labels.text("actorStatus"), Labels.text("role")), rows);
		for (Group group : protocol.getGroups()) {
			String members = group.getMembers().stream().map(m -> m.getLabel()).collect(Collectors.joining(", "));
			page.field((group.isRoundTable() ? Labels.text("roundTable") : Labels.text("group")) + " « " + AsciidocText.inline(group.getLabel()) + " »",
					members);
		}
		page.endFields();
	}

	private static void places(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getPlaces().isEmpty()) {
			return;
		}
		page.section(Labels.text("places"));
		List<List<String>> rows = new ArrayList<>();
		for (Place place : protocol.getPlaces()) {
			String kinds = place.getKinds().stream().map(Labels::keyword).collect(Collectors.joining(", "));
			String hosts = place.getCapacities().stream().map(c -> c.getCount() + " " + Labels.keyword(c.getWhat())).collect(Collectors.joining(", "));
			rows.add(List.of(AsciidocText.inline(place.getLabel()), AsciidocText.inline(kinds), place.getSurface() > 0 ? place.getSurface() + " m²" : "",
					AsciidocText.inline(hosts)));
		}
		page.table(List.of(Labels.text("place"), Labels.text("kind"), Labels.text("surface"), Labels.text("hosts")), rows);
	}

	private static void fundings(AsciidocBuilder page, Protocol protocol) {
		if (protocol.getFundings().isEmpty()) {
			return;
		}
		page.section(Labels.text("fundings"));
		List<List<String>> rows = new ArrayList<>();
		for (Funding funding : protocol.getFundings()) {
			String funders = funding.getFunders().stream().map(f -> f.getLabel()).collect(Collectors.joining(", "));
			String period = funding.getFromYear() > 0 ? funding.getFromYear() + "–" + funding.getToYear() : "";
			rows.add(List.of(AsciidocText.inline(funding.getTitle()), AsciidocText.inline(Labels.keyword(funding.getInstrument())),
					AsciidocText.inline(funders), AsciidocText.inline(funding.getAmount() == null ? "" : funding.getAmount()), period));
		}
		page.table(List.of(Labels.text("funding"), Labels.text("instrument"), Labels.text("funders"), Labels.text("amount"), Labels.text("period")),
				rows);
	}
}
