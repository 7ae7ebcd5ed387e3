/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

/**
 * One defect of one source row: the row number (1 = first data row), the place, the raw value, the value kept after
 * normalisation (empty when none could be found) and a French sentence saying what was done.
 */
public record Defect(int row, String placeId, String placeName, DefectKind kind, String raw, String normalised, String message) {
}
