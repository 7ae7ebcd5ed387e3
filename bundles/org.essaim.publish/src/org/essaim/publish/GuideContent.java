/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.ProtocolDocument;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.protocol.coop.LabelProfile;
import org.essaim.protocol.coop.Protocol;

/**
 * The guide's pages as AsciiDoc, in reading order: home, then the chapters by rank (hand-written chapters take the
 * rank of their file's number: 10 before the protocols, 45 between templates and cases...), each followed by its
 * pages. The same content serves the site (one HTML file per page) and the book (one PDF).
 */
final class GuideContent {

	static final int PROTOCOLS = 20;
	static final int CHECKLISTS = 30;
	static final int TEMPLATES = 40;
	static final int CASES = 50;
	static final int TERRITORIES = 55;
	static final int LESSONS = 60;
	static final int GLOSSARY = 70;

	private final EssaimWorkspace workspace;
	private final List<EditorialChapters.Chapter> editorial;
	private final List<ProtocolDocument> protocols;
	private final List<CaseDocument> cases;
	private final TerritoryFigures figures;

	GuideContent(EssaimWorkspace workspace, List<EditorialChapters.Chapter> editorial) throws IOException {
		this.workspace = workspace;
		this.editorial = editorial;
		this.protocols = workspace.protocols().stream().filter(p -> p.protocol().getName() != null)
				.sorted(Comparator.comparing(p -> p.protocol().getName())).toList();
		this.cases = workspace.cases().stream().filter(c -> c.caseStudy().getId() != null)
				.sorted(Comparator.comparing(c -> c.caseStudy().getId())).toList();
		this.figures = new TerritoryFigures(workspace.root(), cases.stream().map(CaseDocument::caseStudy).toList());
	}

	/** Every page of the guide; {@code book} builds cross-references for the PDF instead of links between files. */
	List<GuidePage> pages(boolean book) {
		Set<String> names = names(book);
		List<GuidePage> pages = new ArrayList<>();
		int next = 0;
		List<Generated> generated = List.of(
				new Generated(PROTOCOLS, () -> protocolPages(names, book)),
				new Generated(CHECKLISTS, () -> checklistPages(names, book)),
				new Generated(TEMPLATES, () -> templatePages(names, book)),
				new Generated(CASES, () -> casePages(names, book)),
				new Generated(TERRITORIES, () -> TerritoryPages.pages(figures, page -> links(page, names, book), book)),
				new Generated(LESSONS, () -> List.of(chapter("lecons", Labels.text("lessonsTitle"), Labels.text("lessonsSummary"),
						LessonsPage.asciidoc(cases, protocols, links("lecons", names, book))))),
				new Generated(GLOSSARY, () -> List.of(chapter("glossaire", Labels.text("glossary"), Labels.text("glossarySummary"),
						GlossaryPage.asciidoc(links("glossaire", names, book))))));
		List<EditorialChapters.Chapter> byRank = editorial.stream().sorted(Comparator.comparingInt(EditorialChapters.Chapter::rank)).toList();
		for (Generated part : generated) {
			while (next < byRank.size() && byRank.get(next).rank() < part.rank()) {
				pages.add(byRank.get(next++).page());
			}
			pages.addAll(part.pages().get());
		}
		while (next < byRank.size()) {
			pages.add(byRank.get(next++).page());
		}
		if (!book) {
			List<GuidePage> chapters = pages.stream().filter(GuidePage::isChapter).toList();
			pages.add(0, new GuidePage("index", Labels.text("guideTitle"), "index", "", IndexPage.home(chapters, protocols, links("index", names, false)), null,
					new java.util.TreeMap<>(Map.of(IndexPage.MAP, figures.casesMap()))));
		}
		return pages;
	}

	/** Names of every page, known before any is written, so that links only point at pages that exist. */
	private Set<String> names(boolean book) {
		Set<String> names = new LinkedHashSet<>(List.of("index", "protocoles/index", "listes/index", "modeles/index", "cas/index", "lecons", "glossaire"));
		protocols.forEach(p -> {
			names.add(PageNames.protocol(p.protocol().getName()));
			names.add("listes/" + PageNames.safe(p.protocol().getName()));
			names.add("modeles/" + PageNames.safe(p.protocol().getName()));
		});
		cases.forEach(c -> names.add(PageNames.caseStudy(c.caseStudy().getId())));
		names.add(TerritoryPages.INDEX);
		figures.units().stream().filter(u -> !book || TerritoryPages.inBook(u)).forEach(u -> names.add(TerritoryFigures.pageOf(u)));
		editorial.forEach(e -> names.add(e.page().name()));
		return names;
	}

	private List<GuidePage> protocolPages(Set<String> names, boolean book) {
		List<GuidePage> pages = new ArrayList<>();
		pages.add(chapter("protocoles/index", Labels.text("protocols"), Labels.text("protocolsSummary"),
				IndexPage.protocols(protocols, links("protocoles/index", names, book))));
		for (ProtocolDocument p : protocols) {
			String name = PageNames.protocol(p.protocol().getName());
			List<CaseDocument> using = cases.stream().filter(c -> p.protocol().getName().equals(c.caseStudy().getProtocol())).toList();
			pages.add(new GuidePage(name, p.protocol().getTitle(), "protocoles/index", Labels.nonNull(p.protocol().getSummary()),
					ProtocolPage.asciidoc(p.protocol(), using, links(name, names, book)), p.file()));
		}
		return pages;
	}

	private List<GuidePage> checklistPages(Set<String> names, boolean book) {
		List<GuidePage> pages = new ArrayList<>();
		AsciidocBuilder index = new AsciidocBuilder(links("listes/index", names, book)).titleMarkup(Labels.text("checklists"));
		index.paragraphs(Labels.text("checklistsLead"));
		index.list(protocols.stream().map(p -> index.link("listes/" + PageNames.safe(p.protocol().getName()), p.protocol().getTitle())).toList());
		for (LabelProfile profile : LabelProfile.VALUES) {
			ChecklistPage.labelChecklist(index, profile);
		}
		pages.add(chapter("listes/index", Labels.text("checklists"), Labels.text("checklistsSummary"), index.toString()));
		for (ProtocolDocument p : protocols) {
			String name = "listes/" + PageNames.safe(p.protocol().getName());
			pages.add(new GuidePage(name, Labels.text("checklistsOf") + " " + p.protocol().getTitle(), "listes/index", "",
					ChecklistPage.asciidoc(p.protocol(), links(name, names, book)), p.file()));
		}
		return pages;
	}

	private List<GuidePage> templatePages(Set<String> names, boolean book) {
		List<GuidePage> pages = new ArrayList<>();
		AsciidocBuilder index = new AsciidocBuilder(links("modeles/index", names, book)).titleMarkup(Labels.text("templates"));
		index.paragraphs(Labels.text("templatesLead"));
		index.list(protocols.stream().map(p -> index.link("modeles/" + PageNames.safe(p.protocol().getName()), p.protocol().getTitle())).toList());
		pages.add(chapter("modeles/index", Labels.text("templates"), Labels.text("templatesSummary"), index.toString()));
		for (ProtocolDocument p : protocols) {
			String name = "modeles/" + PageNames.safe(p.protocol().getName());
			pages.add(new GuidePage(name, Labels.text("templatesOf") + " " + p.protocol().getTitle(), "modeles/index", "",
					TemplatePage.asciidoc(p.protocol(), links(name, names, book)), p.file()));
		}
		return pages;
	}

	private List<GuidePage> casePages(Set<String> names, boolean book) {
		List<GuidePage> pages = new ArrayList<>();
		Links indexLinks = links("cas/index", names, book);
		List<CaseStudy> studies = cases.stream().map(CaseDocument::caseStudy).toList();
		java.util.TreeMap<String, String> charts = new java.util.TreeMap<>();
		charts.put(CaseIndexPage.MAP, figures.casesMap());
		charts.put(CaseIndexPage.BY_TERRITORY_KIND, TerritoryFigures.facetChart(Labels.text("chartTerritoryKind"), studies,
				c -> c.getTerritories().stream().map(t -> t.getKind())));
		charts.put(CaseIndexPage.BY_ACTOR_KIND, TerritoryFigures.facetChart(Labels.text("chartActorKind"), studies,
				c -> c.getActors().stream().map(a -> a.getKind())));
		charts.put(CaseIndexPage.BY_OUTCOME, TerritoryFigures.facetChart(Labels.text("chartOutcome"), studies,
				c -> c.getOutcomes().stream().map(o -> o.getKind())));
		pages.add(new GuidePage("cas/index", Labels.text("cases"), "cas/index", Labels.text("casesSummary"),
				CaseIndexPage.asciidoc(cases, protocols, indexLinks), null, charts));
		for (CaseDocument c : cases) {
			CaseStudy study = c.caseStudy();
			String followed = study.getProtocol();
			Protocol protocol = followed == null ? null : workspace.findProtocol(followed).map(ProtocolDocument::protocol).orElse(null);
			String name = PageNames.caseStudy(study.getId());
			Links links = links(name, names, book);
			java.util.TreeMap<String, String> images = new java.util.TreeMap<>();
			String timeline = null;
			if (!study.getPhases().isEmpty()) {
				String file = PageNames.safe(study.getId()) + "-deroule.svg";
				images.put(file, TerritoryFigures.timeline(study, protocol == null ? null
						: PhaseOrder.of(protocol.getPhases()).stream().map(p -> p.getName()).toList()));
				timeline = links.image(file);
			}
			List<List<String>> territories = figures.unitsOf(study.getId()).stream()
					.map(u -> List.of(TerritoryFigures.pageOf(u), u.name())).toList();
			pages.add(new GuidePage(name, study.getTitle(), "cas/index", Labels.nonNull(study.getSummary()),
					CasePage.asciidoc(study, protocol == null ? null : PageNames.protocol(followed), protocol == null ? null : protocol.getTitle(),
							links, territories, timeline),
					c.file(), images));
		}
		return pages;
	}

	private static GuidePage chapter(String name, String title, String summary, String asciidoc) {
		return new GuidePage(name, title, name, summary, asciidoc, null);
	}

	private static Links links(String page, Set<String> names, boolean book) {
		return book ? Links.inBook(page, names) : Links.site(page, names);
	}

	/** A generated chapter and its pages, at its rank. */
	private record Generated(int rank, Supplier<List<GuidePage>> pages) {
	}
}
