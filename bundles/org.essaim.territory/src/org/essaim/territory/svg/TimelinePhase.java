/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

/**
 * A phase as it happened, for the timeline: its title, the planned (protocol) phase it carried out, empty when
 * none, and its start and end as the case writes them ("2014", "2014-07", "2015-02-17"; empty when unknown).
 */
public record TimelinePhase(String title, String plannedPhase, String start, String end) {
}
