/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

/** A drill-down on one facet value, e.g. {@code territoire=rural}: only documents having it are found. */
public record FacetFilter(String dimension, String value) {

	/**
	 * Reads {@code dimension=value} as typed after {@code --facet}; dimension names and enum values may be
	 * typed without accents ({@code resultat=echec}).
	 */
	public static FacetFilter parse(String typed) throws QueryException {
		int equals = typed == null ? -1 : typed.indexOf('=');
		if (equals <= 0 || equals == typed.length() - 1) {
			throw new QueryException(QueryRunner.MESSAGES.format("badFacet", typed));
		}
		String dimension = FacetDimensions.dimension(typed.substring(0, equals));
		if (dimension == null) {
			throw new QueryException(QueryRunner.MESSAGES.format("unknownFacet", typed.substring(0, equals).strip(), String.join(", ", FacetDimensions.ALL)));
		}
		return new FacetFilter(dimension, FacetDimensions.alias(typed.substring(equals + 1)));
	}
}
