/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.List;

import org.essaim.core.Problem;

/** What an index update did: documents (re)indexed and removed, the total, and the files it could not read. */
public record IndexReport(int indexed, int removed, int total, long millis, List<Problem> problems) {
}
