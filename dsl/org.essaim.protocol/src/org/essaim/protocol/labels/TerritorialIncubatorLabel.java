/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.essaim.protocol.analysis.DurationSpan;
import org.essaim.protocol.analysis.PhaseGraph;
import org.essaim.protocol.coop.Capacity;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.HostedKind;
import org.essaim.protocol.coop.PlaceKind;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.TerritoryScale;

/**
 * The « incubateur territorial » of the Comptoir de l'Innovation's contribution to the 2015 report: the
 * characteristics it announces for a pilot (annexes, 004 l. 5448-5452, 5512-5518, 5616-5634, 5789-5804).
 */
final class TerritorialIncubatorLabel {

	private static final String SOURCE = "contribution du Comptoir de l'Innovation, rapport 2015, annexes, 004 l. 5448-5804";
	private static final double TWO_YEARS = 2 * 365.25;

	private TerritorialIncubatorLabel() {
	}

	static List<LabelCriterion> criteria() {
		return List.of(
				new LabelCriterion("IT-C1", "Un lieu dédié de 150 m²", "1 lieu dédié de 150m²", SOURCE, TerritorialIncubatorLabel::place),
				new LabelCriterion("IT-C2", "Cinq entreprises socialement innovantes", "5 entreprises socialement innovantes", SOURCE,
						p -> hosts(p, HostedKind.ENTREPRISES, "entreprises")),
				new LabelCriterion("IT-C3", "Cinq projets publics et territoriaux innovants", "5 projets publics et territoriaux innovants",
						SOURCE, p -> hosts(p, HostedKind.PROJETS_PUBLICS, "projets-publics")),
				// the source writes both « chargé d'affaires » and « chargé d'affaire »
				new LabelCriterion("IT-C4", "Un chargé d'affaires", "1 chargé d'affaires", SOURCE,
						p -> p.getActors().stream().anyMatch(a -> ProtocolFacts.plain(a.getRole()).contains("charge d'affaire"))
								? Optional.empty()
								: Optional.of(LabelMessages.format("noBusinessManager"))),
				new LabelCriterion("IT-C5", "Un pilote d'une durée de 2 ans", "un incubateur territorial « pilote », sur une durée de 2 ans",
						SOURCE, TerritorialIncubatorLabel::twoYears),
				new LabelCriterion("IT-C6", "Une agglomération ou un département", "sur un territoire (agglomération ou département)", SOURCE,
						p -> p.eIsSet(CoopPackage.Literals.PROTOCOL__SCALE) && EnumSet.of(TerritoryScale.AGGLOMERATION, TerritoryScale.DEPARTEMENT).contains(p.getScale())
								? Optional.empty()
								: Optional.of(LabelMessages.format("wrongScale"))),
				new LabelCriterion("IT-C7", "Des critères de sortie de l'incubation",
						"une entreprise définitivement viable et finançable [...] un projet opérationnel, validé par des tests en situation réelle",
						SOURCE, p -> p.getPhases().stream().anyMatch(phase -> !phase.getCriteria().isEmpty()) ? Optional.empty()
								: Optional.of(LabelMessages.format("noExitCriterion"))));
	}

	private static Optional<String> place(Protocol protocol) {
		boolean found = protocol.getPlaces().stream()
				.anyMatch(place -> place.getKinds().contains(PlaceKind.INCUBATEUR) && place.getSurface() >= 150);
		return found ? Optional.empty() : Optional.of(LabelMessages.format("noIncubatorPlace"));
	}

	private static Optional<String> hosts(Protocol protocol, HostedKind kind, String word) {
		int hosted = protocol.getPlaces().stream().flatMap(place -> place.getCapacities().stream()).filter(c -> c.getWhat() == kind)
				.mapToInt(Capacity::getCount).sum();
		return hosted >= 5 ? Optional.empty() : Optional.of(LabelMessages.format("hostedBelow", hosted, word));
	}

	private static Optional<String> twoYears(Protocol protocol) {
		DurationSpan span = protocol.getDuration() != null ? DurationSpan.of(protocol.getDuration()) : PhaseGraph.criticalPath(protocol);
		if (span.maxDays() >= TWO_YEARS - 1) {
			return Optional.empty();
		}
		return Optional.of(span.maxDays() == 0 ? LabelMessages.format("noDuration") : LabelMessages.format("tooShort", DurationSpan.describe(span.maxDays())));
	}
}
