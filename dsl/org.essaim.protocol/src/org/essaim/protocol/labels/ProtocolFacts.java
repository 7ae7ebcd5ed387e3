/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.essaim.protocol.analysis.Parties;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Justification;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.QualitativeCriterion;

/** Questions that label criteria ask of a protocol: which actors, which round table, which justifications. */
final class ProtocolFacts {

	private ProtocolFacts() {
	}

	static long countActors(Protocol protocol, Predicate<Actor> condition) {
		return protocol.getActors().stream().filter(condition).count();
	}

	static boolean hasKind(Actor actor, ActorKind... kinds) {
		return Stream.of(kinds).anyMatch(kind -> actor.getKind() == kind);
	}

	/** The largest initial round table ("tour de table") of the protocol, as the actors it gathers. */
	static Set<Actor> roundTable(Protocol protocol) {
		Set<Actor> largest = null;
		for (Group group : protocol.getGroups()) {
			if (group.isRoundTable()) {
				Set<Actor> actors = Parties.actorsOf(group);
				if (largest == null || actors.size() > largest.size()) {
					largest = actors;
				}
			}
		}
		return largest;
	}

	/** Every actor that takes part in some phase, directly or through a group. */
	static Set<Actor> participants(Collection<Phase> phases) {
		Set<Actor> actors = new LinkedHashSet<>();
		phases.forEach(phase -> phase.getParticipants().forEach(p -> actors.addAll(Parties.actorsOf(p.getParty()))));
		return actors;
	}

	static boolean justified(Protocol protocol, QualitativeCriterion criterion) {
		return protocol.getLabels().stream().flatMap(claim -> claim.getJustifications().stream())
				.filter(j -> j.getCriterion() == criterion).map(Justification::getText)
				.anyMatch(text -> text != null && !text.isBlank());
	}

	/** Lower case without accents, so that "Chargé d'affaires" and "charge d’affaires" compare equal. */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
	}
}
