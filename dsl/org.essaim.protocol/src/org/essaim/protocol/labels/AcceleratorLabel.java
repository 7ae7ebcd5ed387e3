/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import static org.essaim.protocol.labels.ProtocolFacts.countActors;
import static org.essaim.protocol.labels.ProtocolFacts.hasKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.PlaceKind;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.QualitativeCriterion;

/**
 * The label of the « accélérateurs publics » of recommendation 1 of the 2015 mission report: its selection
 * sentence split into nine criteria, one check each (the split follows the project's reading of the sentence).
 */
final class AcceleratorLabel {

	private static final String SOURCE = "rapport « innovation territoriale » (2015), recommandation 1, 004 l. 69-87";

	private AcceleratorLabel() {
	}

	static List<LabelCriterion> criteria() {
		return List.of(
				new LabelCriterion("R1-C1", "Tour de table initial d'au moins 10 partenaires locaux",
						"un tour de table initial d'au moins 10 partenaires locaux", SOURCE, AcceleratorLabel::roundTable),
				new LabelCriterion("R1-C2", "Au moins cinq partenaires de droit privé",
						"la participation d'au moins cinq partenaires de droit privé", SOURCE,
						p -> atLeast(countPartners(p, Actor::isPrivateLaw), 5, "what.privateLaw")),
				new LabelCriterion("R1-C3", "Dont des entreprises de l'économie sociale et solidaire",
						"dont des entreprises de l'économie sociale et solidaire", SOURCE,
						p -> atLeast(countPartners(p, a -> hasKind(a, ActorKind.ESS) && a.isPrivateLaw()), 1, "what.ess")),
				new LabelCriterion("R1-C4", "Participation de collectivités adjacentes", "[la participation] de collectivités adjacentes",
						SOURCE, p -> atLeast(countActors(p, a -> hasKind(a, ActorKind.COLLECTIVITE) && a.isAdjacent()), 1,
								"what.adjacent")),
				new LabelCriterion("R1-C5", "Une université ou institution de recherche ou d'enseignement",
						"d'une université ou institution de recherche ou enseignement", SOURCE,
						p -> atLeast(countActors(p, a -> hasKind(a, ActorKind.RECHERCHE, ActorKind.ECOLE)), 1,
								"what.research")),
				new LabelCriterion("R1-C6", "Un lieu partagé et ouvert comprenant un espace de coworking",
						"l'existence d'un lieu partagé et ouvert comprenant un espace de coworking", SOURCE, AcceleratorLabel::sharedPlace),
				new LabelCriterion("R1-C7", "Outils et méthodes d'implication des citoyens",
						"la mise en œuvre d'outils et méthodes d'implication des citoyens", SOURCE, AcceleratorLabel::citizens),
				new LabelCriterion("R1-C8", "Une dynamique locale", "l'existence d'une dynamique locale", SOURCE,
						p -> ProtocolFacts.justified(p, QualitativeCriterion.DYNAMIQUE_LOCALE) ? Optional.empty()
								: Optional.of(LabelMessages.format("noLocalDynamic"))),
				new LabelCriterion("R1-C9", "Des protocoles d'innovation (résidence, recherche-action...)",
						"l'existence ou la mise en projet de protocoles d'innovation (résidence, recherches-actions….)", SOURCE,
						p -> p.getResidences().isEmpty() && p.getPrototypes().isEmpty()
								? Optional.of(LabelMessages.format("noInnovationProtocol"))
								: Optional.empty()));
	}

	/**
	 * The partners counted by R1-C2 and R1-C3: those of the initial round table when the protocol declares one
	 * (the criterion speaks of its participants), else every actor of the protocol.
	 */
	private static long countPartners(Protocol protocol, java.util.function.Predicate<Actor> condition) {
		Set<Actor> table = ProtocolFacts.roundTable(protocol);
		return table == null ? countActors(protocol, condition) : table.stream().filter(condition).count();
	}

	private static Optional<String> atLeast(long count, int required, String what) {
		return count >= required ? Optional.empty() : Optional.of(LabelMessages.format("countBelow", count, required, LabelMessages.format(what)));
	}

	private static Optional<String> roundTable(Protocol protocol) {
		Set<Actor> table = ProtocolFacts.roundTable(protocol);
		if (table == null) {
			return Optional.of(LabelMessages.format("noRoundTable"));
		}
		long local = table.stream().filter(Actor::isLocal).count();
		return atLeast(local, 10, "what.localPartners");
	}

	private static Optional<String> sharedPlace(Protocol protocol) {
		boolean found = protocol.getPlaces().stream()
				.anyMatch(place -> place.getKinds().contains(PlaceKind.LIEU_PARTAGE) && place.getKinds().contains(PlaceKind.COWORKING));
		return found ? Optional.empty() : Optional.of(LabelMessages.format("noSharedCoworking"));
	}

	private static Optional<String> citizens(Protocol protocol) {
		boolean involved = ProtocolFacts.participants(protocol.getPhases()).stream().anyMatch(a -> hasKind(a, ActorKind.CITOYENS));
		if (involved || ProtocolFacts.justified(protocol, QualitativeCriterion.IMPLICATION_CITOYENS)) {
			return Optional.empty();
		}
		return Optional.of(LabelMessages.format("noCitizens"));
	}
}
