/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.essaim.protocol.coop.Phase;

/** Phases in an order that respects "après" (a phase after those it waits for), else in file order. */
final class PhaseOrder {

	private PhaseOrder() {
	}

	static List<Phase> of(List<Phase> phases) {
		Set<Phase> ordered = new LinkedHashSet<>();
		for (Phase phase : phases) {
			visit(phase, ordered, new LinkedHashSet<>());
		}
		return new ArrayList<>(ordered);
	}

	/** Depth-first; {@code path} stops cycles, which validation reports anyway. */
	private static void visit(Phase phase, Set<Phase> ordered, Set<Phase> path) {
		if (ordered.contains(phase) || !path.add(phase)) {
			return;
		}
		for (Phase before : phase.getAfter()) {
			if (!before.eIsProxy()) {
				visit(before, ordered, path);
			}
		}
		ordered.add(phase);
	}
}
