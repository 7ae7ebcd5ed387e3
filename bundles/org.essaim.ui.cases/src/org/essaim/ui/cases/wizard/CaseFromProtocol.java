/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.wizard;

import java.time.LocalDate;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Phase;
import org.essaim.protocol.coop.Protocol;

/**
 * A new case study (an ébauche), empty or pre-filled from the protocol it follows: one phase per planned
 * phase (linked to it by « phase prévue », dates left for the researcher) and the protocol's actors.
 */
public final class CaseFromProtocol {

	private CaseFromProtocol() {
	}

	/** A new draft with an id and a title, created and updated today. */
	public static CaseStudy empty(String id, String title, LocalDate today) {
		CaseStudy caseStudy = CasestudyFactory.eINSTANCE.createCaseStudy();
		caseStudy.setId(id);
		caseStudy.setTitle(title);
		caseStudy.setStatus(CaseStatus.DRAFT);
		caseStudy.setCompleteness(Completeness.STUB);
		caseStudy.setCreated(today.toString());
		caseStudy.setUpdated(today.toString());
		return caseStudy;
	}

	/** A new draft following {@code protocol}: its name and version, planned phases and actors. */
	public static CaseStudy from(Protocol protocol, String id, String title, LocalDate today) {
		CaseStudy caseStudy = empty(id, title, today);
		caseStudy.setProtocol(protocol.getName());
		caseStudy.setProtocolVersion(protocol.getVersion());
		for (org.essaim.protocol.coop.Phase planned : protocol.getPhases()) {
			Phase phase = CasestudyFactory.eINSTANCE.createPhase();
			phase.setName(planned.getName());
			phase.setTitle(planned.getTitle());
			phase.setPlannedPhase(planned.getName());
			caseStudy.getPhases().add(phase);
		}
		for (org.essaim.protocol.coop.Actor planned : protocol.getActors()) {
			Actor actor = CasestudyFactory.eINSTANCE.createActor();
			actor.setName(planned.getLabel());
			actor.setKind(kindOf(planned.getKind()));
			actor.setRole(planned.getRole());
			caseStudy.getActors().add(actor);
		}
		return caseStudy;
	}

	/** The two vocabularies share their names (concepts.md §1.1); a kind the case model lacks is « non précisé ». */
	static ActorKind kindOf(org.essaim.protocol.coop.ActorKind kind) {
		ActorKind same = kind == null ? null : ActorKind.getByName(kind.getName());
		return same == null ? ActorKind.NON_PRECISE : same;
	}
}
