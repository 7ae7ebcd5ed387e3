/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.util.Optional;

import org.essaim.model.casestudy.TerritoryKind;

/**
 * Derives the kind of a territory (the case model's vocabulary) from population and commune class when a case does
 * not state it. Thresholds follow common French usage: grande ville from 50,000 inhabitants, ville moyenne from
 * 20,000, petite ville from 2,000, below that rural; a commune of a métropole (EPCI) of 150,000 or more is a métropole.
 */
public final class TerritoryKinds {

	static final int METROPOLE = 150_000;
	static final int GRANDE_VILLE = 50_000;
	static final int VILLE_MOYENNE = 20_000;
	static final int PETITE_VILLE = 2_000;

	private TerritoryKinds() {
	}

	/** The kind of a reference unit: by population for a commune, by type for an EPCI, by level otherwise. */
	public static Optional<TerritoryKind> of(Geography geography, TerritoryUnit unit) {
		return Optional.of(switch (unit) {
		case Region r -> TerritoryKind.REGION;
		case Departement d -> TerritoryKind.DEPARTEMENT;
		case Epci epci -> epci.isMetropole() ? TerritoryKind.METROPOLE
				: epci.population() >= GRANDE_VILLE && !"CC".equals(epci.type()) ? TerritoryKind.GRANDE_VILLE
						: "CC".equals(epci.type()) ? TerritoryKind.RURAL : TerritoryKind.VILLE_MOYENNE;
		case Commune commune -> ofCommune(commune, geography.epciOf(commune).map(Epci::isMetropole).orElse(false));
		});
	}

	/** The kind of a commune of this population, member of a métropole or not. */
	public static TerritoryKind ofCommune(Commune commune, boolean inMetropole) {
		int population = commune.population();
		if (inMetropole && population >= METROPOLE) {
			return TerritoryKind.METROPOLE;
		}
		return ofPopulation(population);
	}

	/** The kind of a commune of this population, without knowing its EPCI. */
	public static TerritoryKind ofPopulation(int population) {
		if (population >= GRANDE_VILLE) {
			return TerritoryKind.GRANDE_VILLE;
		}
		if (population >= VILLE_MOYENNE) {
			return TerritoryKind.VILLE_MOYENNE;
		}
		return population >= PETITE_VILLE ? TerritoryKind.PETITE_VILLE : TerritoryKind.RURAL;
	}

	/**
	 * The kind from a commune size class as the 2019 census writes it ("100000 et plus", "20000-50000", "0-5000"...);
	 * empty for an unknown class.
	 */
	public static Optional<TerritoryKind> ofCommuneClass(String communeClass) {
		String compact = communeClass == null ? "" : communeClass.replace(" ", "");
		return Optional.ofNullable(switch (compact) {
		case "100000etplus", "50000-100000" -> TerritoryKind.GRANDE_VILLE;
		case "20000-50000" -> TerritoryKind.VILLE_MOYENNE;
		case "5000-20000" -> TerritoryKind.PETITE_VILLE;
		case "0-5000" -> TerritoryKind.RURAL;
		default -> null;
		});
	}
}
