/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.TerritoryKind;

/**
 * The "conditions × outcome" table of crisp-set QCA (qualitative comparative analysis): one row per case, its
 * id first, then one 0/1 column per condition and per outcome, with names a QCA tool accepts (ASCII capitals).
 * Cases whose outcome is not documented cannot be calibrated: they are left out and listed in {@link #excluded()}.
 */
public final class ConditionsTable {

	/** The conditions, in column order, each with the test that sets it to 1. */
	private static final Map<String, Predicate<CaseStudy>> CONDITIONS = conditions();
	/** The outcomes: REUSSITE (success, even partial) and ECHEC (some failure); a case may have both. */
	private static final Map<String, Predicate<CaseStudy>> OUTCOMES = Map.of(
			"REUSSITE", c -> hasOutcome(c, OutcomeKind.SUCCESS, OutcomeKind.PARTIAL),
			"ECHEC", c -> hasOutcome(c, OutcomeKind.FAILURE));
	private static final List<String> OUTCOME_ORDER = List.of("REUSSITE", "ECHEC");

	private final List<String> caseIds;
	private final List<int[]> values;
	private final List<String> excluded;

	private ConditionsTable(List<String> caseIds, List<int[]> values, List<String> excluded) {
		this.caseIds = List.copyOf(caseIds);
		this.values = List.copyOf(values);
		this.excluded = List.copyOf(excluded);
	}

	/** The table of these cases, in their order, without those whose outcome is unknown. */
	public static ConditionsTable of(List<CaseStudy> cases) {
		List<String> ids = new ArrayList<>();
		List<int[]> values = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		for (CaseStudy c : cases) {
			if (!hasOutcome(c, OutcomeKind.SUCCESS, OutcomeKind.PARTIAL, OutcomeKind.FAILURE)) {
				excluded.add(c.getId());
				continue;
			}
			List<Predicate<CaseStudy>> tests = new ArrayList<>(CONDITIONS.values());
			OUTCOME_ORDER.forEach(name -> tests.add(OUTCOMES.get(name)));
			int[] row = new int[tests.size()];
			for (int i = 0; i < row.length; i++) {
				row[i] = tests.get(i).test(c) ? 1 : 0;
			}
			ids.add(c.getId());
			values.add(row);
		}
		return new ConditionsTable(ids, values, excluded);
	}

	/** Column names after the case id: the conditions, then the outcomes. */
	public List<String> columns() {
		List<String> columns = new ArrayList<>(CONDITIONS.keySet());
		columns.addAll(OUTCOME_ORDER);
		return columns;
	}

	/** The conditions alone. */
	public List<String> conditionColumns() {
		return List.copyOf(CONDITIONS.keySet());
	}

	public List<String> caseIds() {
		return caseIds;
	}

	/** The 0/1 value of a cell, by row (case) and column (as in {@link #columns()}). */
	public int value(int row, int column) {
		return values.get(row)[column];
	}

	/** Ids of the cases left out because their outcome is not documented. */
	public List<String> excluded() {
		return excluded;
	}

	private static Map<String, Predicate<CaseStudy>> conditions() {
		Map<String, Predicate<CaseStudy>> conditions = new LinkedHashMap<>();
		conditions.put("TERR_RURAL", c -> hasTerritory(c, EnumSet.of(TerritoryKind.RURAL, TerritoryKind.PETITE_VILLE)));
		conditions.put("TERR_URBAIN", c -> hasTerritory(c, EnumSet.of(TerritoryKind.METROPOLE, TerritoryKind.GRANDE_VILLE,
				TerritoryKind.VILLE_MOYENNE, TerritoryKind.QUARTIER_PRIORITAIRE)));
		conditions.put("ACT_COLLECTIVITE", c -> hasActor(c, EnumSet.of(ActorKind.COLLECTIVITE)));
		conditions.put("ACT_ETAT", c -> hasActor(c, EnumSet.of(ActorKind.SERVICE_ETAT, ActorKind.ETABLISSEMENT_PUBLIC)));
		conditions.put("ACT_ESS", c -> hasActor(c, EnumSet.of(ActorKind.ESS, ActorKind.ASSOCIATION)));
		conditions.put("ACT_ENTREPRISE", c -> hasActor(c, EnumSet.of(ActorKind.ENTREPRISE)));
		conditions.put("ACT_RECHERCHE", c -> hasActor(c, EnumSet.of(ActorKind.RECHERCHE, ActorKind.ECOLE)));
		conditions.put("ACT_DESIGN", c -> hasActor(c, EnumSet.of(ActorKind.DESIGNER)));
		conditions.put("ACT_CITOYENS", c -> hasActor(c, EnumSet.of(ActorKind.CITOYENS)));
		conditions.put("RESIDENCE", c -> !c.getResidences().isEmpty());
		conditions.put("PROTOTYPE", c -> !c.getExperiments().isEmpty());
		conditions.put("LIEU", c -> !c.getPlaces().isEmpty());
		conditions.put("FIN_EUROPE", c -> hasFunding(c, EnumSet.of(FundingInstrument.FEDER, FundingInstrument.FSE, FundingInstrument.LEADER)));
		conditions.put("FIN_PUBLIC", c -> hasFunding(c, EnumSet.of(FundingInstrument.PIA, FundingInstrument.SUBVENTION,
				FundingInstrument.COMMANDE_PUBLIQUE, FundingInstrument.BUDGET_PROPRE, FundingInstrument.CIFRE)));
		conditions.put("FIN_PRIVE", c -> hasFunding(c, EnumSet.of(FundingInstrument.CROWDFUNDING, FundingInstrument.MECENAT,
				FundingInstrument.TITRES_IMPACT_SOCIAL, FundingInstrument.PRET, FundingInstrument.FONDS_GARANTIE)));
		conditions.put("PROTOCOLE", c -> c.getProtocol() != null && !c.getProtocol().isBlank());
		return conditions;
	}

	private static boolean hasTerritory(CaseStudy c, Set<TerritoryKind> kinds) {
		return c.getTerritories().stream().anyMatch(t -> kinds.contains(t.getKind()));
	}

	private static boolean hasActor(CaseStudy c, Set<ActorKind> kinds) {
		return c.getActors().stream().anyMatch(a -> kinds.contains(a.getKind()));
	}

	private static boolean hasFunding(CaseStudy c, Set<FundingInstrument> instruments) {
		return c.getFundings().stream().anyMatch(f -> instruments.contains(f.getInstrument()));
	}

	private static boolean hasOutcome(CaseStudy c, OutcomeKind... kinds) {
		Set<OutcomeKind> wanted = Set.of(kinds);
		return c.getOutcomes().stream().anyMatch(o -> wanted.contains(o.getKind()));
	}
}
