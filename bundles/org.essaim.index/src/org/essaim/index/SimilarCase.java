/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

/**
 * A document like a given case, with why: the significant words both share and the facet values
 * ({@code "territoire=rural faible densité"}) both have.
 */
public record SimilarCase(SearchHit hit, List<String> sharedTerms, List<String> sharedFacets) {

	/** A short reason in French, e.g. "mots communs : mutuel, commun ; facettes communes : territoire=rural". */
	public String reason() {
		StringBuilder reason = new StringBuilder();
		if (!sharedTerms.isEmpty()) {
			reason.append("mots communs : ").append(String.join(", ", sharedTerms));
		}
		if (!sharedFacets.isEmpty()) {
			reason.append(reason.isEmpty() ? "" : " ; ").append("facettes communes : ").append(String.join(", ", sharedFacets));
		}
		return reason.toString();
	}
}
