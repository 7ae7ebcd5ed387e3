/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Party;

/** Resolves groups to the actors they gather, groups of groups included. */
public final class Parties {

	private Parties() {
	}

	/** The actors behind {@code party}: itself when it is an actor, every member when it is a group. */
	public static Set<Actor> actorsOf(Party party) {
		Set<Actor> actors = new LinkedHashSet<>();
		collect(party, actors, new LinkedHashSet<>());
		return actors;
	}

	private static void collect(Party party, Set<Actor> actors, Set<Group> seen) {
		if (party == null || party.eIsProxy()) {
			return;
		}
		if (party instanceof Actor actor) {
			actors.add(actor);
		} else if (party instanceof Group group && seen.add(group)) {
			group.getMembers().forEach(member -> collect(member, actors, seen));
		}
	}

	/** Whether {@code group} contains itself, directly or through other groups. */
	public static boolean containsItself(Group group) {
		Set<Group> seen = new LinkedHashSet<>();
		Deque<Party> pending = new ArrayDeque<>(group.getMembers());
		while (!pending.isEmpty()) {
			Party next = pending.pop();
			if (next == group) {
				return true;
			}
			if (next instanceof Group inner && !inner.eIsProxy() && seen.add(inner)) {
				pending.addAll(inner.getMembers());
			}
		}
		return false;
	}
}
