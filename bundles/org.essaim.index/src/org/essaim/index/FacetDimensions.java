/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.ExperimentStatus;
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.PlaceKind;
import org.essaim.model.casestudy.TerritoryKind;
import org.essaim.protocol.LocalizedMessages;

/**
 * The facet dimensions: short ASCII keys (typed after {@code --facet}), French labels, and the values' aliases
 * so that {@code --facet territoire=rural} finds "rural faible densité" and {@code resultat=echec} finds "échec".
 */
final class FacetDimensions {

	static final String TYPE = "type";
	static final String TERRITORY = "territoire";
	static final String REGION = "region";
	static final String ACTOR = "acteur";
	static final String PLACE = "lieu";
	static final String PROTOCOL = "protocole";
	static final String PHASE = "phase";
	static final String FUNDING = "financement";
	static final String EXPERIMENT = "experimentation";
	static final String STATUS = "statut";
	static final String COMPLETENESS = "completude";
	static final String OUTCOME = "resultat";
	static final String PERIOD = "periode";

	/** Every dimension, in the order results show them. */
	static final List<String> ALL = List.of(TYPE, TERRITORY, REGION, ACTOR, PLACE, PROTOCOL, PHASE, FUNDING, EXPERIMENT, STATUS,
			COMPLETENESS, OUTCOME, PERIOD);

	private static final LocalizedMessages MESSAGES = new LocalizedMessages(FacetDimensions.class);
	private static final Map<String, String> ALIASES = aliases();

	private FacetDimensions() {
	}

	/** The French label of a dimension, e.g. "Territoire". */
	static String label(String dimension) {
		return MESSAGES.format("facet." + dimension);
	}

	/** The dimension a person typed ("Résultat", "resultat"), or null when there is none of that name. */
	static String dimension(String typed) {
		String folded = fold(typed);
		return ALL.stream().filter(d -> d.equals(folded)).findFirst().orElse(null);
	}

	/** The stored value a typed value stands for: an enum name ("rural") gives its label, the rest is kept. */
	static String alias(String typed) {
		return ALIASES.getOrDefault(fold(typed), typed.strip());
	}

	/** Lower case without accents nor surrounding blanks: how typed names and values are compared. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** A decade bucket of a period start such as "2015" or "2015-02-17": "2010-2019"; null when no year. */
	static String decade(String periodStart) {
		if (periodStart == null || !periodStart.strip().matches("\\d{4}.*")) {
			return null;
		}
		int year = Integer.parseInt(periodStart.strip().substring(0, 4));
		int start = year - year % 10;
		return start + "-" + (start + 9);
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new HashMap<>();
		for (List<? extends Enumerator> values : List.of(TerritoryKind.VALUES, ActorKind.VALUES, PlaceKind.VALUES, FundingInstrument.VALUES,
				ExperimentStatus.VALUES, CaseStatus.VALUES, Completeness.VALUES, OutcomeKind.VALUES)) {
			for (Enumerator value : values) {
				aliases.putIfAbsent(fold(value.getName()), value.getLiteral());
				aliases.putIfAbsent(fold(value.getLiteral()), value.getLiteral());
			}
		}
		aliases.put("case", "cas");
		aliases.put("protocol", "protocole");
		return aliases;
	}
}
