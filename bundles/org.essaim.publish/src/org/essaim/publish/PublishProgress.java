/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

/** Hears how a publication advances: {@code done} of {@code total} outputs looked at, the last one named. */
public interface PublishProgress {

	PublishProgress SILENT = (done, total, output) -> {
	};

	void advanced(int done, int total, String output);
}
