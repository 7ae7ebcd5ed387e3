/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.Residence;
import org.essaim.model.casestudy.Territory;

/**
 * The cross-case matrix: one row per case, one column per attribute a comparison needs (territory, actors,
 * phases run, residence, prototypes, funding, outcome, lessons), each cell a short text. Headless, so that
 * the command line exports it and the workbench shows it; {@link MatrixFormats} writes it as CSV or AsciiDoc.
 */
public final class CaseMatrix {

	/** Column headers, in French, in their order. */
	public static final List<String> COLUMNS = List.of("Cas", "Titre", "Territoire", "Acteurs", "Phases réalisées", "Résidence",
			"Prototypes", "Financement", "Résultat", "Enseignements");

	private final List<List<String>> rows;

	private CaseMatrix(List<List<String>> rows) {
		this.rows = List.copyOf(rows);
	}

	/** The matrix of these cases, in the given order. */
	public static CaseMatrix of(List<CaseStudy> cases) {
		List<List<String>> rows = new ArrayList<>();
		for (CaseStudy c : cases) {
			rows.add(List.of(text(c.getId()), text(c.getTitle()), territories(c), actors(c), phases(c), residences(c), prototypes(c),
					fundings(c), outcomes(c), lessons(c)));
		}
		return new CaseMatrix(rows);
	}

	public List<String> columns() {
		return COLUMNS;
	}

	/** One list of cells per case, in the order of {@link #columns()}; an empty cell means "not documented". */
	public List<List<String>> rows() {
		return rows;
	}

	private static String territories(CaseStudy c) {
		return c.getTerritories().stream().map(CaseMatrix::territory).collect(Collectors.joining(" ; "));
	}

	private static String territory(Territory t) {
		String detail = join(", ", t.getKind().getLiteral(), t.getRegion());
		return t.getName() == null || t.getName().isBlank() ? detail : t.getName() + " (" + detail + ")";
	}

	/** Actor kinds with their number, most frequent first: "collectivité ×3, ESS". */
	private static String actors(CaseStudy c) {
		Map<String, Integer> kinds = new LinkedHashMap<>();
		for (Actor actor : c.getActors()) {
			kinds.merge(actor.getKind().getLiteral(), 1, Integer::sum);
		}
		return kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
	}

	private static String phases(CaseStudy c) {
		return c.getPhases().stream().map(p -> firstOf(p.getTitle(), p.getName())).filter(Objects::nonNull)
				.collect(Collectors.joining(" → "));
	}

	private static String residences(CaseStudy c) {
		return c.getResidences().stream().map(CaseMatrix::residence).collect(Collectors.joining(" ; "));
	}

	private static String residence(Residence r) {
		String disciplines = r.getDisciplines().stream().map(d -> d.getLiteral()).collect(Collectors.joining(", "));
		String length = r.getWeeks() != null ? r.getWeeks() + " sem." : r.getMonths() != null ? r.getMonths() + " mois" : null;
		String detail = join(", ", r.getHost(), disciplines, length);
		String name = firstOf(r.getName(), "résidence");
		return detail.isEmpty() ? name : name + " (" + detail + ")";
	}

	private static String prototypes(CaseStudy c) {
		return c.getExperiments().stream().map(CaseMatrix::prototype).collect(Collectors.joining(" ; "));
	}

	private static String prototype(Experiment e) {
		return firstOf(e.getName(), "expérimentation") + " (" + e.getStatus().getLiteral() + ")";
	}

	private static String fundings(CaseStudy c) {
		return c.getFundings().stream().map(CaseMatrix::funding).collect(Collectors.joining(" ; "));
	}

	private static String funding(Funding f) {
		String detail = join(", ", f.getFunder(), f.getAmount());
		return detail.isEmpty() ? f.getInstrument().getLiteral() : f.getInstrument().getLiteral() + " (" + detail + ")";
	}

	private static String outcomes(CaseStudy c) {
		return c.getOutcomes().stream().map(o -> o.getKind().getLiteral()).distinct().collect(Collectors.joining(", "));
	}

	private static String lessons(CaseStudy c) {
		return c.getLessons().stream().map(l -> oneLine(l.getText())).filter(Objects::nonNull).collect(Collectors.joining(" | "));
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(separator));
	}

	private static String firstOf(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String oneLine(String text) {
		return text == null || text.isBlank() ? null : text.replaceAll("\\s+", " ").strip();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
