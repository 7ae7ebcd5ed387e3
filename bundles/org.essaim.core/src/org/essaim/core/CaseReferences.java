/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Phase;
import org.essaim.protocol.coop.Protocol;

/**
 * What only the whole workspace can check about cases: the protocol a case followed exists, each phase run
 * corresponds to a phase of that protocol, and related cases exist.
 */
final class CaseReferences {

	private final List<ProtocolDocument> protocols;
	private final Set<String> caseIds;

	CaseReferences(List<ProtocolDocument> protocols, List<CaseDocument> cases) {
		this.protocols = protocols;
		this.caseIds = cases.stream().map(c -> c.caseStudy().getId()).collect(Collectors.toSet());
	}

	void check(CaseDocument document, List<Problem> problems) {
		CaseStudy c = document.caseStudy();
		if (c.getProtocol() != null && !c.getProtocol().isBlank()) {
			Optional<Protocol> protocol = protocols.stream().map(ProtocolDocument::protocol)
					.filter(p -> c.getProtocol().equals(p.getName())).findFirst();
			if (protocol.isEmpty()) {
				problems.add(problem(document, c, Messages.format("unknownProtocol", c.getProtocol())));
			} else {
				checkPlannedPhases(document, protocol.get(), problems);
			}
		}
		for (CaseRelation relation : c.getRelations()) {
			if (relation.getTarget() != null && !relation.getTarget().isBlank() && !caseIds.contains(relation.getTarget())) {
				problems.add(problem(document, relation, Messages.format("unknownRelatedCase", relation.getTarget())));
			}
		}
	}

	private void checkPlannedPhases(CaseDocument document, Protocol protocol, List<Problem> problems) {
		Set<String> planned = protocol.getPhases().stream().map(org.essaim.protocol.coop.Phase::getName).collect(Collectors.toSet());
		for (Phase phase : document.caseStudy().getPhases()) {
			if (phase.getPlannedPhase() != null && !phase.getPlannedPhase().isBlank() && !planned.contains(phase.getPlannedPhase())) {
				problems.add(problem(document, phase, Messages.format("unknownPlannedPhase", phase.getPlannedPhase(), protocol.getName())));
			}
		}
	}

	private static Problem problem(CaseDocument document, org.eclipse.emf.ecore.EObject object, String message) {
		return new Problem(document.file(), CaseFiles.lineOf(object), 1, Severity.ERROR, message);
	}
}
