/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.Comparator;
import java.util.List;

import org.essaim.core.ProtocolDocument;
import org.essaim.protocol.coop.Method;

/** The guide's home page (its chapters, each with what it is for) and the chapter listing the protocols. */
final class IndexPage {

	static final String MAP = "carte-cas.svg";

	private IndexPage() {
	}

	/** The home page: one line per chapter, in the guide's order, then the method cards, the pages most used. */
	static String home(List<GuidePage> chapters, List<ProtocolDocument> protocols, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("guideTitle")).lead(Labels.text("guideLead"));
		page.section(Labels.text("chapters"));
		page.list(chapters.stream().map(c -> page.link(c.name(), c.title()) + (c.summary().isEmpty() ? "" : " — " + AsciidocText.inline(c.summary())))
				.toList());
		page.section(Labels.text("territoriesTitle"));
		page.image(MAP, Labels.text("casesMapAlt"));
		page.raw(Labels.format(page.links().book() ? "mapLeadBook" : "mapLead", page.link(TerritoryPages.INDEX, Labels.text("territoriesTitle"))) + "\n\n");
		page.section(Labels.text("methodCardsShort"));
		page.list(protocols.stream().sorted(Comparator.comparing(p -> p.protocol().getTitle(), Comparator.nullsLast(Comparator.naturalOrder())))
				.map(p -> page.link(PageNames.protocol(p.protocol().getName()), p.protocol().getTitle())).toList());
		page.paragraphs(Labels.text("licenceNotice"));
		return page.toString();
	}

	/** The protocols chapter: each protocol with its summary, then every method card with the protocol holding it. */
	static String protocols(List<ProtocolDocument> protocols, Links links) {
		AsciidocBuilder page = new AsciidocBuilder(links).titleMarkup(Labels.text("protocols"));
		page.paragraphs(Labels.text("protocolsLead"));
		List<ProtocolDocument> sorted = protocols.stream()
				.sorted(Comparator.comparing(p -> p.protocol().getTitle(), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		page.list(sorted.stream().map(p -> page.link(PageNames.protocol(p.protocol().getName()), p.protocol().getTitle())
				+ (p.protocol().getSummary() == null ? "" : " — " + AsciidocText.inline(p.protocol().getSummary()))).toList());
		List<String> methods = sorted.stream().flatMap(p -> p.protocol().getMethods().stream()
				.sorted(Comparator.comparing(Method::getTitle, Comparator.nullsLast(Comparator.naturalOrder())))
				.map(m -> page.link(PageNames.protocol(p.protocol().getName()), m.getTitle()) + " (" + AsciidocText.inline(p.protocol().getTitle()) + ")"))
				.toList();
		if (!methods.isEmpty()) {
			page.section(Labels.text("methodCards")).list(methods);
		}
		return page.toString();
	}
}
