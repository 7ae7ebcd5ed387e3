/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Phase;

/** Essaim's rules for protocols, beyond what the grammar and linking already check. */
public class CoopValidator extends AbstractCoopValidator {

	/** Issue code: a phase that nobody takes part in cannot be run. */
	public static final String PHASE_WITHOUT_PARTICIPANT = "phase_sans_participant";
	/** Issue code: phases that wait for each other can never start. */
	public static final String PHASE_ORDER_CYCLE = "cycle_dans_l_ordre_des_phases";
	/** Issue code: two actors or phases of one protocol share a name, so references would be ambiguous. */
	public static final String DUPLICATE_NAME = "nom_en_double";

	@Check
	public void checkPhaseHasParticipants(Phase phase) {
		if (phase.getParticipants().isEmpty()) {
			error(CoopMessages.format("phaseWithoutParticipant", phase.getName()), phase, CoopPackage.Literals.PHASE__NAME,
					PHASE_WITHOUT_PARTICIPANT);
		}
	}

	@Check
	public void checkPhaseOrderHasNoCycle(Phase phase) {
		if (reachesItself(phase)) {
			error(CoopMessages.format("phaseOrderCycle", phase.getName()), phase, CoopPackage.Literals.PHASE__AFTER, PHASE_ORDER_CYCLE);
		}
	}

	/** Whether following "après" links from {@code phase} leads back to it (depth-first, each phase once). */
	private static boolean reachesItself(Phase phase) {
		Set<Phase> visited = new HashSet<>();
		Deque<Phase> pending = new ArrayDeque<>(phase.getAfter());
		while (!pending.isEmpty()) {
			Phase next = pending.pop();
			if (next == phase) {
				return true;
			}
			if (!next.eIsProxy() && visited.add(next)) {
				pending.addAll(next.getAfter());
			}
		}
		return false;
	}
}
