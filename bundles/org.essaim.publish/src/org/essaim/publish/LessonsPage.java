/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.essaim.core.CaseDocument;
import org.essaim.core.ProtocolDocument;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.ExperimentStatus;
import org.essaim.model.casestudy.Lesson;
import org.essaim.protocol.coop.Prototype;

/**
 * « Leçons des essais » (recommendation 18: publish failures and what they taught): the lessons drawn from failures,
 * the experiments that failed or were abandoned with what was learned, then the other lessons, case by case.
 */
final class LessonsPage {

	private LessonsPage() {
	}

	static String asciidoc(List<CaseDocument> cases, List<ProtocolDocument> protocols, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("lessonsTitle"));
		page.paragraphs(Labels.text("lessonsLead"));
		List<CaseStudy> sorted = cases.stream().map(CaseDocument::caseStudy)
				.sorted(Comparator.comparing(CaseStudy::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		page.section(Labels.text("failuresAndLessons"));
		int failures = 0;
		for (CaseStudy c : sorted) {
			List<String> items = new ArrayList<>();
			for (Lesson lesson : c.getLessons()) {
				if (lesson.isFromFailure()) {
					items.add(AsciidocText.inline(lesson.getText()));
				}
			}
			for (Experiment e : c.getExperiments()) {
				if (e.getStatus() == ExperimentStatus.FAILED || e.getStatus() == ExperimentStatus.ABANDONED) {
					items.add("**" + Labels.literal(e.getStatus()) + "** : " + AsciidocText.inline(e.getName())
							+ (e.getLearned() == null ? "" : " — " + AsciidocText.inline(e.getLearned())));
				}
			}
			if (!items.isEmpty()) {
				failures += items.size();
				page.subsection(CaseIndexPage.caseLink(page, c)).list(items);
			}
		}
		if (failures == 0) {
			page.paragraphs(Labels.text("noFailureYet"));
		}
		List<String> prototypeLessons = new ArrayList<>();
		for (ProtocolDocument protocol : protocols) {
			for (Prototype prototype : protocol.protocol().getPrototypes()) {
				prototype.getLessons().forEach(l -> prototypeLessons.add(page.link(PageNames.protocol(protocol.protocol().getName()), prototype.getTitle())
						+ " : " + AsciidocText.inline(l)));
			}
		}
		if (!prototypeLessons.isEmpty()) {
			page.section(Labels.text("prototypeLessons")).list(prototypeLessons);
		}
		page.section(Labels.text("otherLessons"));
		for (CaseStudy c : sorted) {
			List<String> items = c.getLessons().stream().filter(l -> !l.isFromFailure()).map(l -> AsciidocText.inline(l.getText())).toList();
			if (!items.isEmpty()) {
				page.subsection(CaseIndexPage.caseLink(page, c)).list(items);
			}
		}
		return page.toString();
	}
}
