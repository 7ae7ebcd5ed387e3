/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.nio.file.Path;

import org.essaim.model.casestudy.CaseStudy;

/** A case-study file of the workspace with its loaded model. */
public record CaseDocument(Path file, CaseStudy caseStudy) {
}
