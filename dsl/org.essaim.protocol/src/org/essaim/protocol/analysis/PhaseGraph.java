/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/**
 * The order of a protocol's phases as given by "après": which phases wait for each other in a cycle, and the
 * shortest time the longest chain of phases takes. Iterative, linear in phases and links, so that a protocol of
 * thousands of phases neither overflows the stack nor takes quadratic time.
 */
public final class PhaseGraph {

	private PhaseGraph() {
	}

	/** The phases that wait for themselves through "après" (Tarjan's strongly connected components, iterative). */
	public static Set<Phase> phasesInCycles(Protocol protocol) {
		List<Phase> phases = protocol.getPhases();
		Map<Phase, Integer> index = new IdentityHashMap<>();
		Map<Phase, Integer> low = new IdentityHashMap<>();
		Set<Phase> onStack = new HashSet<>();
		Deque<Phase> stack = new ArrayDeque<>();
		Set<Phase> inCycles = new HashSet<>();
		int counter = 0;
		for (Phase start : phases) {
			if (index.containsKey(start)) {
				continue;
			}
			Deque<Object[]> work = new ArrayDeque<>(); // {phase, next successor position}
			work.push(new Object[] { start, 0 });
			index.put(start, counter);
			low.put(start, counter++);
			stack.push(start);
			onStack.add(start);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Phase phase = (Phase) frame[0];
				List<Phase> successors = localPredecessors(phase, protocol);
				int position = (Integer) frame[1];
				if (position < successors.size()) {
					frame[1] = position + 1;
					Phase next = successors.get(position);
					if (!index.containsKey(next)) {
						index.put(next, counter);
						low.put(next, counter++);
						stack.push(next);
						onStack.add(next);
						work.push(new Object[] { next, 0 });
					} else if (onStack.contains(next)) {
						low.put(phase, Math.min(low.get(phase), index.get(next)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Phase parent = (Phase) work.peek()[0];
					low.put(parent, Math.min(low.get(parent), low.get(phase)));
				}
				if (low.get(phase).equals(index.get(phase))) {
					Set<Phase> component = new HashSet<>();
					Phase member;
					do {
						member = stack.pop();
						onStack.remove(member);
						component.add(member);
					} while (member != phase);
					if (component.size() > 1 || phase.getAfter().contains(phase)) {
						inCycles.addAll(component);
					}
				}
			}
		}
		return inCycles;
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
