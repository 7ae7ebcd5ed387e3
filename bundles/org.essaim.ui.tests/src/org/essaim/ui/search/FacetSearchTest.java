/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.essaim.index.FacetCounts;
import org.essaim.index.FacetFilter;
import org.essaim.index.FacetValue;
import org.essaim.index.SearchHit;
import org.essaim.index.SimilarCase;
import org.essaim.ui.testing.Examples;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Facets narrow the results and their counts; drafts are marked; similar cases come with their reasons. */
class FacetSearchTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static SearchView view() throws PartInitException {
		return (SearchView) page().showView(SearchView.ID);
	}

	@AfterEach
	void reset() throws PartInitException {
		SearchView view = view();
		view.clearFilters();
		view.search("");
		UiWait.jobsDone(SearchJob.FAMILY);
	}

	/** Every case, through the "type = cas" facet and no words. */
	private static SearchView allCases() throws PartInitException {
		SearchView view = view();
		view.search("");
		view.filter("type", "cas");
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("all the cases", () -> !view.shownHits().isEmpty() && view.filters().size() == 1);
		return view;
	}

	private static Optional<FacetValue> facet(SearchView view, String dimension) {
		return view.shownFacets().stream().filter(f -> f.dimension().equals(dimension)).map(FacetCounts::values).findFirst()
				.flatMap(values -> values.stream().filter(v -> v.count() > 0 && v.count() < view.shownHits().size()).findFirst());
	}

	@Test
	void clickingAFacetValueNarrowsTheResultsToItsCount() throws PartInitException {
		SearchView view = allCases();
		int everything = view.shownHits().size();
		assertTrue(view.shownHits().stream().allMatch(h -> SearchHit.CASE.equals(h.kind())), "type = cas lets only cases through");
		FacetValue territory = facet(view, "territoire").orElseThrow(() -> new AssertionError("no territoire facet: " + view.shownFacets()));
		assertEquals(territory.value() + " (" + territory.count() + ")", view.facetPanel().shownLabel("territoire", territory.value()));

		assertTrue(view.facetPanel().click("territoire", territory.value()));
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("narrowed results", () -> view.shownHits().size() != everything);

		assertEquals(territory.count(), view.shownHits().size(), view.statusText());
		assertEquals(List.of(new FacetFilter("type", "cas"), new FacetFilter("territoire", territory.value())), view.filters());
		int narrowedTerritoryCount = view.shownFacets().stream().filter(f -> f.dimension().equals("territoire")).flatMap(f -> f.values().stream())
				.filter(v -> v.value().equals(territory.value())).mapToInt(FacetValue::count).sum();
		assertEquals(territory.count(), narrowedTerritoryCount, "the counts are those of the narrowed results");
		assertTrue(view.statusText().contains("territoire"), view.statusText());

		view.facetPanel().click("territoire", territory.value()); // unchecking widens again
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("all the cases again", () -> view.shownHits().size() == everything);
	}

	@Test
	void draftsAndStubsAreMarkedInTheResults() throws PartInitException {
		SearchView view = allCases();
		SearchHit draft = view.shownHits().stream().filter(SearchHit::draft).findFirst().orElseThrow(() -> new AssertionError("no draft among the cases"));
		int row = view.shownHits().indexOf(draft);
		String shown = view.shownHitsTable().getItem(row).getText(0);
		assertTrue(shown.contains("[") && (shown.contains(Messages.search_draft) || shown.contains(Messages.search_statusDraft)), shown);
		view.shownHits().stream().filter(h -> !h.draft()).findFirst()
				.ifPresent(h -> assertFalse(view.shownHitsTable().getItem(view.shownHits().indexOf(h)).getText(0).contains("[" + Messages.search_draft)));
	}

	@Test
	void searchAsYouTypeAnswersWithoutEnter() throws PartInitException {
		SearchView view = view();
		// The second word is the figure: the first one also opens the index in this test run.
		for (String word : List.of("coopération", "territoire")) {
			view.queryBox().setText("");
			UiWait.jobsDone(SearchJob.FAMILY);
			UiWait.flushEvents();
			for (int i = 1; i <= word.length(); i++) {
				view.queryBox().setText(word.substring(0, i)); // each key modifies the box, as typing does
				UiWait.flushEvents();
			}
			UiWait.until("results while typing", () -> !view.shownHits().isEmpty() && view.lastTypingLatencyMillis() >= 0
					&& view.statusText().contains(word));
			UiWait.jobsDone(SearchJob.FAMILY);
			double[] parts = view.lastSearchAndDisplayMillis();
			System.out.printf("Search as you type (%s, %d hits): results %.1f ms after the last key (debounce %d ms, job and hand-back %.1f ms, filling the table and facets %.1f ms)%n",
					word, view.shownHits().size(), view.lastTypingLatencyMillis(), SearchView.typingDelayMillis(), parts[0], parts[1]);
			WorkspaceIndex index = WorkspaceIndex.current().orElseThrow();
			long start = System.nanoTime();
			for (int i = 0; i < 10; i++) {
				try {
					index.search(new org.essaim.index.SearchRequest(word, List.of(), 200));
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			}
			System.out.printf("  the index alone answers '%s' in %.1f ms (mean of 10, with facets and snippets)%n", word, (System.nanoTime() - start) / 1e7);
		}
	}

	@Test
	void similarCasesAreShownWithTheirReasons() throws PartInitException {
		SearchView view = allCases();
		String caseId = view.shownHits().get(0).id();
		view.showSimilar(caseId);
		UiWait.jobsDone(SearchJob.FAMILY);
		UiWait.until("similar cases", () -> !view.shownSimilar().isEmpty());
		List<SimilarCase> similar = view.shownSimilar();
		assertTrue(similar.stream().noneMatch(s -> s.hit().id().equals(caseId)), "a case is not similar to itself");
		assertTrue(similar.stream().allMatch(s -> !s.reason().isBlank()), "each similar case says why");
		assertEquals(similar.get(0).reason(), view.shownHitsTable().getItem(0).getText(3), "the reason is shown beside the case");
		assertTrue(view.statusText().contains(caseId), view.statusText());
	}

	@Test
	void aCaseFileGivesItsIdToSimilarCases() {
		assertEquals(Optional.of("UFO"), SimilarCasesHandler.idOf(Examples.folder().resolve("cases/UFO.case")));
		assertNotNull(new CaseHitTester());
	}
}
