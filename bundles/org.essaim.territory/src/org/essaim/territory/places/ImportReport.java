/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The data-quality report of an import: how the source was read and every defect, by row. */
public record ImportReport(String source, String encoding, String delimiter, int rows, List<Defect> defects) {

	public ImportReport {
		defects = defects.stream().sorted(Comparator.comparingInt(Defect::row).thenComparing(Defect::kind)).toList();
	}

	/** Number of defects of each family, every family listed (0 included), in declaration order. */
	public Map<DefectKind, Integer> counts() {
		Map<DefectKind, Integer> counts = new EnumMap<>(DefectKind.class);
		for (DefectKind kind : DefectKind.values()) {
			counts.put(kind, 0);
		}
		defects.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
		return counts;
	}

	/** Defects of one family. */
	public List<Defect> of(DefectKind kind) {
		return defects.stream().filter(d -> d.kind() == kind).toList();
	}

	/** Number of rows with at least one defect. */
	public long rowsWithDefects() {
		return defects.stream().mapToInt(Defect::row).distinct().count();
	}

	/** The report as French plain text: summary by family, then every defect by row. Deterministic. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		text.append("Rapport d'import des lieux : ").append(source).append('\n');
		text.append("Lecture : ").append(rows).append(" lignes, encodage ").append(encoding).append(", séparateur ").append(delimiter)
				.append('\n');
		text.append(rowsWithDefects()).append(" lignes avec au moins un défaut ; rien n'est écarté : les valeurs brutes sont gardées.\n\n");
		text.append("Défauts par famille :\n");
		counts().forEach((kind, count) -> text.append(String.format("  %5d  %s%n", count, kind.label())));
		text.append("\nDéfauts ligne par ligne :\n");
		for (Defect defect : defects) {
			text.append(String.format("  ligne %4d  %-16s %s — %s%n", defect.row(), defect.placeId(), defect.kind().label(), defect.message()));
		}
		return text.toString().replace("\r\n", "\n");
	}
}
