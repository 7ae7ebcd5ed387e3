/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Experiment;
import org.essaim.model.casestudy.FollowUp;
import org.essaim.model.casestudy.Lesson;
import org.essaim.model.casestudy.Place;
import org.essaim.model.casestudy.Residence;
import org.essaim.model.casestudy.Section;
import org.essaim.model.casestudy.SectionKind;

/**
 * The parts of a case sheet beyond the essentials: the narrative sections, places, residences and experiments as
 * they happened, lessons (those drawn from a failure marked), later visits and related cases.
 */
final class CaseSections {

	private CaseSections() {
	}

	/** The narrative sections of the case sheet's body (problems to analysis), in the sheet's order. */
	static void narrative(AsciidocBuilder page, CaseStudy c) {
		sections(page, c, kind -> kind.getValue() < SectionKind.SEE_ALSO_VALUE);
	}

	/** The closing sections: see also, references, external links, notes. */
	static void closing(AsciidocBuilder page, CaseStudy c) {
		sections(page, c, kind -> kind.getValue() >= SectionKind.SEE_ALSO_VALUE);
	}

	private static void sections(AsciidocBuilder page, CaseStudy c, java.util.function.Predicate<SectionKind> which) {
		c.getSections().stream().filter(s -> which.test(s.getKind())).sorted(java.util.Comparator.comparing(Section::getKind))
				.forEach(section -> {
					String title = section.getKind().getLiteral();
					page.section(AsciidocText.inline(Character.toUpperCase(title.charAt(0)) + title.substring(1))).paragraphs(section.getText());
				});
	}

	static void places(AsciidocBuilder page, List<Place> places) {
		if (!places.isEmpty()) {
			page.section(Labels.text("places")).table(List.of(Labels.text("place"), Labels.text("kind"), Labels.text("territory")),
					places.stream().map(p -> List.of(AsciidocText.inline(p.getName()), Labels.literal(p.getKind()),
							AsciidocText.inline(Objects.toString(p.getTerritory(), "")))).toList());
		}
	}

	static void residences(AsciidocBuilder page, List<Residence> residences) {
		if (residences.isEmpty()) {
			return;
		}
		page.section(Labels.text("residences"));
		for (Residence r : residences) {
			page.subsection(AsciidocText.inline(Objects.requireNonNullElse(r.getName(), Labels.text("residences"))))
					.field(Labels.text("host"), r.getHost())
					.field(Labels.text("territory"), r.getTerritory())
					.field(Labels.text("team"), r.getDisciplines().stream().map(d -> d.getLiteral()).collect(Collectors.joining(", ")))
					.field(Labels.text("immersion"), r.getWeeks() == null ? null : Labels.format("immersionValue", r.getWeeks(), r.getMonths()))
					.field(Labels.text("period"), Stream.of(r.getStart(), r.getEnd()).filter(Objects::nonNull).collect(Collectors.joining(" – ")))
					.field(Labels.text("problem"), r.getProblem())
					.endFields();
			if (!r.getDeliverables().isEmpty()) {
				page.list(r.getDeliverables().stream().map(d -> Labels.text("deliverable") + " : " + AsciidocText.inline(d)).toList());
			}
		}
	}

	static void experiments(AsciidocBuilder page, List<Experiment> experiments) {
		if (experiments.isEmpty()) {
			return;
		}
		page.section(Labels.text("prototypes"));
		for (Experiment e : experiments) {
			page.subsection(AsciidocText.inline(Objects.requireNonNullElse(e.getName(), Labels.text("prototypes"))))
					.field(Labels.text("hypothesis"), e.getHypothesis())
					.field(Labels.text("test"), e.getTest())
					.field(Labels.text("successCriteria"), e.getSuccessCriteria())
					.fieldMarkup(Labels.text("status"), Labels.literal(e.getStatus()))
					.field(Labels.text("lesson"), e.getLearned())
					.endFields();
		}
	}

	static void lessons(AsciidocBuilder page, List<Lesson> lessons) {
		if (!lessons.isEmpty()) {
			page.section(Labels.text("lessons")).list(lessons.stream()
					.map(l -> (l.isFromFailure() ? "*" + Labels.text("fromFailure") + "* : " : "") + AsciidocText.inline(l.getText())).toList());
		}
	}

	static void followUps(AsciidocBuilder page, List<FollowUp> followUps) {
		if (!followUps.isEmpty()) {
			page.section(Labels.text("followUps")).list(followUps.stream()
					.map(f -> AsciidocText.inline(Objects.toString(f.getDate(), "")) + " : " + AsciidocText.inline(f.getWhatLasted())).toList());
		}
	}

	static void relations(AsciidocBuilder page, List<CaseRelation> relations) {
		List<String> items = new ArrayList<>();
		for (CaseRelation relation : relations) {
			if (relation.getTarget() != null && !relation.getTarget().isBlank()) {
				items.add(Labels.literal(relation.getKind()) + " "
						+ page.link(PageNames.caseStudy(relation.getTarget()), relation.getTarget())
						+ (relation.getNote() == null ? "" : " — " + AsciidocText.inline(relation.getNote())));
			}
		}
		if (!items.isEmpty()) {
			page.section(Labels.text("relatedCases")).list(items);
		}
	}
}
