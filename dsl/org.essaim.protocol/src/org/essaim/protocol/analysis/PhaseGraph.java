/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/**
 * The order of a protocol's phases as given by "après": which phases wait for each other in a cycle, and the
 * shortest time the longest chain of phases takes. Linear in phases and links (see {@link Cycles}), so that a
 * protocol of thousands of phases neither overflows the stack nor takes quadratic time.
 */
public final class PhaseGraph {

	private PhaseGraph() {
	}

	/** The phases that wait for themselves through "après". */
	public static Set<Phase> phasesInCycles(Protocol protocol) {
		return Cycles.nodesInCycles(protocol.getPhases(), phase -> localPredecessors(phase, protocol));
	}

	/** The phases of the same protocol that {@code phase} waits for (links to other files do not make cycles here). */
	private static List<Phase> localPredecessors(Phase phase, Protocol protocol) {
		return phase.getAfter().stream().filter(before -> !before.eIsProxy() && before.eContainer() == protocol).toList();
	}

	/**
	 * The span of the longest chain of phases (each waiting for the previous one), counting the written durations:
	 * the protocol cannot be shorter than its minimum. Phases in a cycle or without a duration count for nothing.
	 */
	public static DurationSpan criticalPath(Protocol protocol) {
		Set<Phase> cyclic = phasesInCycles(protocol);
		Map<Phase, Integer> waitingFor = new HashMap<>();
		Map<Phase, List<Phase>> followers = new HashMap<>();
		for (Phase phase : protocol.getPhases()) {
			if (cyclic.contains(phase)) {
				continue;
			}
			List<Phase> before = localPredecessors(phase, protocol).stream().filter(p -> !cyclic.contains(p)).toList();
			waitingFor.put(phase, before.size());
			before.forEach(p -> followers.computeIfAbsent(p, key -> new java.util.ArrayList<>()).add(phase));
		}
		Map<Phase, DurationSpan> start = new HashMap<>();
		Deque<Phase> ready = new ArrayDeque<>();
		waitingFor.forEach((phase, count) -> {
			if (count == 0) {
				ready.add(phase);
			}
		});
		DurationSpan longest = DurationSpan.NONE;
		while (!ready.isEmpty()) {
			Phase phase = ready.poll();
			DurationSpan end = start.getOrDefault(phase, DurationSpan.NONE).plus(DurationSpan.of(phase.getDuration()));
			if (end.minDays() > longest.minDays() || end.minDays() == longest.minDays() && end.maxDays() > longest.maxDays()) {
				longest = end;
			}
			for (Phase follower : followers.getOrDefault(phase, List.of())) {
				DurationSpan known = start.getOrDefault(follower, DurationSpan.NONE);
				start.put(follower, new DurationSpan(Math.max(known.minDays(), end.minDays()), Math.max(known.maxDays(), end.maxDays())));
				if (waitingFor.merge(follower, -1, Integer::sum) == 0) {
					ready.add(follower);
				}
			}
		}
		return longest;
	}
}
