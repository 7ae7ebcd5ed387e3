/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Party;
import org.essaim.protocol.coop.Protocol;

/**
 * Resolves groups to the actors they gather, groups of groups included. Every walk is iterative and visits a
 * group once, so that a chain of 100,000 groups costs one pass, never a deep recursion.
 */
public final class Parties {

	private Parties() {
	}

	/** The actors behind {@code party}: itself when it is an actor, every member when it is a group. */
	public static Set<Actor> actorsOf(Party party) {
		return actorsOf(party == null ? List.of() : List.of(party));
	}

	/** The actors behind all of {@code parties}, each group walked once however many parties share it. */
	public static Set<Actor> actorsOf(Collection<? extends Party> parties) {
		Set<Actor> actors = new LinkedHashSet<>();
		Set<Group> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Party> pending = new ArrayDeque<>();
		parties.forEach(party -> push(pending, party));
		while (!pending.isEmpty()) {
			Party party = pending.pop();
			if (party.eIsProxy()) {
				continue;
			}
			if (party instanceof Actor actor) {
				actors.add(actor);
			} else if (party instanceof Group group && seen.add(group)) {
				// Reversed onto the stack, so that actors come out in the order they are written.
				List<Party> members = group.getMembers();
				for (int i = members.size() - 1; i >= 0; i--) {
					push(pending, members.get(i));
				}
			}
		}
		return actors;
	}

	private static void push(Deque<Party> pending, Party party) {
		if (party != null) {
			pending.push(party);
		}
	}

	/** The groups of {@code protocol} that contain themselves, directly or through other groups of the protocol. */
	public static Set<Group> groupsInCycles(Protocol protocol) {
		return Cycles.nodesInCycles(protocol.getGroups(),
				group -> group.getMembers().stream().filter(member -> member instanceof Group && !member.eIsProxy()).map(Group.class::cast).toList());
	}
}
