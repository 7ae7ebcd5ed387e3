/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.CaseProblem;
import org.essaim.model.CaseValidator;
import org.essaim.model.casestudy.CaseStudy;

/** Loads and validates case files one by one: a broken file is reported and the others still load. */
final class CaseLoader {

	private final List<CaseDocument> documents = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	void load(List<Path> files) {
		for (Path file : files) {
			try {
				CaseStudy caseStudy = CaseFiles.load(file);
				documents.add(new CaseDocument(file, caseStudy));
				for (CaseProblem problem : CaseValidator.validate(caseStudy)) {
					problems.add(new Problem(file, CaseFiles.lineOf(problem.object()), 1, problem.isError() ? Severity.ERROR : Severity.WARNING,
							problem.message()));
				}
			} catch (CaseLoadException e) {
				problems.add(new Problem(file, e.getLine(), e.getColumn(), Severity.ERROR, e.getReason()));
			}
		}
	}

	List<CaseDocument> documents() {
		return documents;
	}

	List<Problem> problems() {
		return problems;
	}
}
