/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.essaim.protocol.analysis.Parties;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.ActorKind;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Justification;
import org.essaim.protocol.coop.Participation;
import org.essaim.protocol.coop.Party;
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

	/**
	 * The largest initial round table ("tour de table") of the protocol, as the actors it gathers. A round table
	 * inside another one cannot gather more than it, so only the outermost ones are resolved: a chain of nested
	 * round tables costs one walk, not one per table.
	 */
	static Set<Actor> roundTable(Protocol protocol) {
		List<Group> tables = protocol.getGroups().stream().filter(Group::isRoundTable).toList();
		Set<Group> nested = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Group> pending = new ArrayDeque<>();
		tables.forEach(table -> table.getMembers().forEach(member -> pushGroup(pending, member)));
		while (!pending.isEmpty()) {
			Group group = pending.pop();
			if (nested.add(group)) {
				group.getMembers().forEach(member -> pushGroup(pending, member));
			}
		}
		List<Group> outermost = tables.stream().filter(table -> !nested.contains(table)).toList();
		Set<Actor> largest = null;
		// Only round tables that contain each other in a loop (a validation error) leave no outermost one.
		for (Group table : outermost.isEmpty() ? tables : outermost) {
			Set<Actor> actors = Parties.actorsOf(table);
			if (largest == null || actors.size() > largest.size()) {
				largest = actors;
			}
		}
		return largest;
	}

	private static void pushGroup(Deque<Group> pending, Party member) {
		if (member instanceof Group group && !group.eIsProxy()) {
			pending.push(group);
		}
	}

	/** Every actor that takes part in some phase, directly or through a group (each group walked once). */
	static Set<Actor> participants(Collection<Phase> phases) {
		return Parties.actorsOf(phases.stream().flatMap(phase -> phase.getParticipants().stream()).map(Participation::getParty).toList());
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
