/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.essaim.protocol.analysis.PhaseGraph;
import org.essaim.protocol.analysis.Parties;
import org.essaim.protocol.coop.Actor;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Group;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.Prototype;
import org.essaim.protocol.coop.PrototypeStatus;
import org.essaim.protocol.coop.Residence;
import org.essaim.protocol.labels.LabelCriterion;
import org.essaim.protocol.labels.LabelProfiles;

/**
 * Essaim's rules for protocols, beyond what the grammar and linking already check. Each rule has a stable issue
 * code (French words, used by quick fixes); durations and amounts are checked by the composed validators.
 */
@ComposedChecks(validators = { CoopDurationValidator.class, CoopFundingValidator.class })
public class CoopValidator extends AbstractCoopValidator {

	/** Issue code: a phase that nobody takes part in cannot be run. */
	public static final String PHASE_WITHOUT_PARTICIPANT = "phase_sans_participant";
	/** Issue code: phases that wait for each other can never start. */
	public static final String PHASE_ORDER_CYCLE = "cycle_dans_l_ordre_des_phases";
	/** Issue code: two elements of one protocol share a name, so references would be ambiguous. */
	public static final String DUPLICATE_NAME = "nom_en_double";
	/** Issue code: a group that contains itself has no definite members. */
	public static final String GROUP_CYCLE = "groupe_circulaire";
	/** Issue code: a residence needs somebody to host it. */
	public static final String RESIDENCE_WITHOUT_HOST = "residence_sans_accueil";
	/** Issue code: a residence needs a team. */
	public static final String RESIDENCE_WITHOUT_TEAM = "residence_sans_equipe";
	/** Issue code: a prototype that is never tested proves nothing. */
	public static final String PROTOTYPE_WITHOUT_TEST = "prototype_sans_test";
	/** Issue code: a prototype without a success criterion cannot succeed or fail. */
	public static final String PROTOTYPE_WITHOUT_CRITERION = "prototype_sans_critere";
	/** Issue code: a failed experiment whose lesson is not written down is lost (recommendation 18). */
	public static final String FAILURE_WITHOUT_LESSON = "echec_sans_enseignement";
	/** Issue code: a library holds reusable elements, not a process to run. */
	public static final String PHASE_IN_LIBRARY = "phase_dans_une_bibliotheque";

	@Check
	public void checkPhaseHasParticipants(Phase phase) {
		if (phase.getParticipants().isEmpty()) {
			error(CoopMessages.format("phaseWithoutParticipant", phase.getName()), phase, CoopPackage.Literals.PHASE__NAME,
					PHASE_WITHOUT_PARTICIPANT);
		}
	}

	@Check
	public void checkPhaseOrderHasNoCycle(Protocol protocol) {
		Set<Phase> inCycles = PhaseGraph.phasesInCycles(protocol);
		for (Phase phase : protocol.getPhases()) {
			if (inCycles.contains(phase)) {
				error(CoopMessages.format("phaseOrderCycle", phase.getName()), phase, CoopPackage.Literals.PHASE__AFTER, PHASE_ORDER_CYCLE);
			}
		}
	}

	/** Issue code: an actor said to be under both private and public law, or both local and not local. */
	public static final String CONTRADICTORY_QUALIFIERS = "qualificatifs_contradictoires";

	@Check
	public void checkActorQualifiers(Actor actor) {
		if (actor.isPrivateLaw() && actor.isPublicLaw() || actor.isLocal() && actor.isNonLocal()) {
			error(CoopMessages.format("contradictoryQualifiers", actor.getName()), actor, CoopPackage.Literals.PARTY__NAME,
					CONTRADICTORY_QUALIFIERS);
		}
	}

	/** All groups of a protocol at once: one pass over the membership graph, however long its chains. */
	@Check
	public void checkGroupsHaveNoCycle(Protocol protocol) {
		Set<Group> inCycles = Parties.groupsInCycles(protocol);
		for (Group group : protocol.getGroups()) {
			if (inCycles.contains(group)) {
				error(CoopMessages.format("groupCycle", group.getName()), group, CoopPackage.Literals.GROUP__MEMBERS, GROUP_CYCLE);
			}
		}
	}

	/** Issue code: a protocol derived from itself, directly or through others, has no origin. */
	public static final String DERIVATION_CYCLE = "derivation_circulaire";

	/** Names shown at each end of a long loop of derivations; the middle is counted. */
	private static final int LOOP_ENDS_SHOWN = 4;

	@Check
	public void checkDerivationHasNoCycle(Protocol protocol) {
		Protocol parent = protocol.getDerivedFrom();
		if (parent == null || parent.eIsProxy()) {
			return;
		}
		if (parent == protocol) {
			error(CoopMessages.format("derivedFromItself", protocol.getName()), protocol, CoopPackage.Literals.PROTOCOL__DERIVED_FROM,
					DERIVATION_CYCLE);
			return;
		}
		List<String> loop = new ArrayList<>(List.of(String.valueOf(protocol.getName())));
		Set<Protocol> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(protocol);
		for (Protocol current = parent; current != null && !current.eIsProxy(); current = current.getDerivedFrom()) {
			loop.add(String.valueOf(current.getName()));
			if (current == protocol) {
				error(CoopMessages.format("derivationCycle", protocol.getName(), shortened(loop)), protocol,
						CoopPackage.Literals.PROTOCOL__DERIVED_FROM, DERIVATION_CYCLE);
				return;
			}
			if (!seen.add(current)) {
				return; // a loop further up that does not pass through this protocol: reported on its own members
			}
		}
	}

	/** "a → b → c → a", the middle of a long loop replaced by how many protocols it holds. */
	private static String shortened(List<String> loop) {
		if (loop.size() <= 2 * LOOP_ENDS_SHOWN + 1) {
			return String.join(" → ", loop);
		}
		List<String> ends = new ArrayList<>(loop.subList(0, LOOP_ENDS_SHOWN));
		ends.add(CoopMessages.format("loopMiddle", loop.size() - 2 * LOOP_ENDS_SHOWN));
		ends.addAll(loop.subList(loop.size() - LOOP_ENDS_SHOWN, loop.size()));
		return String.join(" → ", ends);
	}

	@Check
	public void checkResidenceHasHostAndTeam(Residence residence) {
		if (residence.getHosts().isEmpty()) {
			error(CoopMessages.format("residenceWithoutHost", residence.getName()), residence, CoopPackage.Literals.RESIDENCE__NAME,
					RESIDENCE_WITHOUT_HOST);
		}
		if (residence.getTeam().isEmpty()) {
			error(CoopMessages.format("residenceWithoutTeam", residence.getName()), residence, CoopPackage.Literals.RESIDENCE__NAME,
					RESIDENCE_WITHOUT_TEAM);
		}
	}

	@Check
	public void checkPrototypeIsTested(Prototype prototype) {
		if (prototype.getTest() == null || prototype.getTest().isBlank()) {
			error(CoopMessages.format("prototypeWithoutTest", prototype.getName()), prototype, CoopPackage.Literals.PROTOTYPE__NAME,
					PROTOTYPE_WITHOUT_TEST);
		}
		if (prototype.getSuccessCriteria().isEmpty()) {
			error(CoopMessages.format("prototypeWithoutCriterion", prototype.getName()), prototype, CoopPackage.Literals.PROTOTYPE__NAME,
					PROTOTYPE_WITHOUT_CRITERION);
		}
	}

	@Check
	public void checkFailureIsCapitalised(Prototype prototype) {
		boolean failed = prototype.getStatus() == PrototypeStatus.ECHOUE || prototype.getStatus() == PrototypeStatus.ABANDONNE;
		if (failed && prototype.getLessons().isEmpty()) {
			warning(CoopMessages.format("failureWithoutLesson", prototype.getName()), prototype, CoopPackage.Literals.PROTOTYPE__STATUS,
					FAILURE_WITHOUT_LESSON);
		}
	}

	@Check
	public void checkLibraryHasNoPhase(Phase phase) {
		if (phase.eContainer() instanceof Protocol protocol && protocol.isLibrary()) {
			warning(CoopMessages.format("phaseInLibrary", phase.getName()), phase, CoopPackage.Literals.PHASE__NAME, PHASE_IN_LIBRARY);
		}
	}

	/** One warning per label criterion the protocol does not meet, naming the criterion and what is missing. */
	@Check
	public void checkLabelCriteria(Protocol protocol) {
		protocol.getLabels().forEach(claim -> {
			for (LabelCriterion criterion : LabelProfiles.criteria(claim.getProfile())) {
				criterion.shortfall(protocol).ifPresent(missing -> warning(
						CoopMessages.format("labelCriterionNotMet", LabelProfiles.title(claim.getProfile()), criterion.id(), criterion.title(),
								missing),
						claim, CoopPackage.Literals.LABEL_CLAIM__PROFILE, criterion.issueCode(), criterion.id()));
			}
		});
	}
}
