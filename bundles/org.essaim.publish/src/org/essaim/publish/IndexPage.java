/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.Comparator;
import java.util.List;

import org.essaim.core.CaseDocument;
import org.essaim.core.ProtocolDocument;

/** The guide's home page: every protocol and every case, linked. */
final class IndexPage {

	private IndexPage() {
	}

	static String asciidoc(List<ProtocolDocument> protocols, List<CaseDocument> cases) {
		AsciidocBuilder page = new AsciidocBuilder().title(Labels.text("guideTitle")).lead(Labels.text("guideLead"));
		page.section(Labels.text("protocols")).list(protocols.stream()
				.sorted(Comparator.comparing(p -> p.protocol().getTitle(), Comparator.nullsLast(Comparator.naturalOrder())))
				.map(p -> AsciidocBuilder.link("", PageNames.protocol(p.protocol().getName()), p.protocol().getTitle())
						+ (p.protocol().getSummary() == null ? "" : " — " + AsciidocText.inline(p.protocol().getSummary())))
				.toList());
		page.section(Labels.text("cases")).list(cases.stream()
				.sorted(Comparator.comparing(c -> c.caseStudy().getId(), Comparator.nullsLast(Comparator.naturalOrder())))
				.map(c -> AsciidocBuilder.link("", PageNames.caseStudy(c.caseStudy().getId()), c.caseStudy().getTitle())
						+ " (" + Labels.literal(c.caseStudy().getCompleteness()) + ")")
				.toList());
		page.paragraphs(Labels.text("licenceNotice"));
		return page.toString();
	}
}
