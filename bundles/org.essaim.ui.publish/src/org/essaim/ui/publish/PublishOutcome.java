/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * The end of one publication: the entry page, the counts, the warnings, how long it took, or why it failed
 * ({@code failure} non-null, other fields empty).
 */
public record PublishOutcome(Path index, int pages, int rendered, int unchanged, List<String> warnings, long millis, String failure) {

	static PublishOutcome failed(String failure) {
		return new PublishOutcome(null, 0, 0, 0, List.of(), 0, failure);
	}

	public boolean succeeded() {
		return failure == null;
	}
}
