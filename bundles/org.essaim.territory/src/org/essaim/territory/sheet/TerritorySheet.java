/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.TerritoryKind;
import org.essaim.territory.TerritoryUnit;
import org.essaim.territory.places.Place;

/**
 * The "diagnostic" of one territory (commune, EPCI, département or région): where it lies, its population and kind,
 * its places from the registers, the cases located there, nearby and at a larger scale, the protocols they followed
 * and the kinds of actors present in them and absent from them.
 *
 * @param parents the larger units it lies in, largest first
 * @param neighbours units of the same level sharing a border (régions, départements) or the département around
 * @param placesByKind place kind label -> count, largest first
 * @param placesByArea subdivision name (départements of a région, communes otherwise) -> count, largest first
 * @param protocols protocol name -> number of cases here that followed it
 * @param actorKinds each actor kind present in the cases here -> number of those cases
 */
public record TerritorySheet(TerritoryUnit unit, List<TerritoryUnit> parents, List<TerritoryUnit> neighbours, int population,
		Optional<TerritoryKind> kind, List<Place> places, Map<String, Integer> placesByKind, Map<String, Integer> placesByArea,
		List<SheetCase> casesHere, List<SheetCase> casesNearby, List<SheetCase> casesAround, Map<String, Integer> protocols,
		Map<ActorKind, Integer> actorKinds, List<ActorKind> absentActorKinds) {
}
