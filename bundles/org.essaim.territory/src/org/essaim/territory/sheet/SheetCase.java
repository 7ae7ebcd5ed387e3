/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

/**
 * A case as a territory sheet lists it: id, title, the territory as the case names it, the protocol it followed
 * (empty if none) and where it lies relative to the sheet's territory ("ici", "à proximité : Vendée", "échelle
 * englobante : Pays de la Loire").
 */
public record SheetCase(String id, String title, String territory, String protocol, String relation) {
}
