/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.nio.file.Path;
import java.util.Optional;

/** Lets tests of other packages read a case file's id as the « Cas similaires » command does. */
public final class SimilarCasesHandlerAccess {

	private SimilarCasesHandlerAccess() {
	}

	public static Optional<String> idOf(Path caseFile) {
		return SimilarCasesHandler.idOf(caseFile);
	}
}
