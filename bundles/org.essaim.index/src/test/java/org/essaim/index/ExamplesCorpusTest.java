/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.index.compare.CaseMatrix;
import org.essaim.index.compare.ConditionsTable;
import org.essaim.index.compare.MatrixFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search, facets, similarity and the matrix on the project's real corpus (examples/: documented cases and protocols). */
class ExamplesCorpusTest {

	private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
	private static Path indexDir;
	private static EssaimIndex index;

	@BeforeAll
	static void indexTheCorpus() throws Exception {
		indexDir = Files.createTempDirectory("essaim-examples-index");
		index = EssaimIndex.open(EXAMPLES, indexDir);
		index.rebuild();
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
		IndexLocations.deleteIndexFiles(indexDir);
		Files.deleteIfExists(indexDir);
	}

	private static List<String> ids(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::id).toList();
	}

	@Test
	void casesWithoutAStatedRegionAreFoundByTheRegionTheirTerritoryLiesIn() throws Exception {
		// CAUMONT states no région; its territory, Caumont-sur-Durance (Vaucluse), lies in Provence-Alpes-Côte d'Azur.
		SearchResults paca = index.search(new SearchRequest("*", List.of(FacetFilter.parse("region=Provence-Alpes-Côte d'Azur")), 200));
		assertTrue(ids(paca.hits()).contains("CAUMONT"), ids(paca.hits()).toString());
		SearchResults all = index.search(new SearchRequest("*", List.of(FacetFilter.parse("type=cas")), 1));
		assertTrue(all.facet("region").size() >= 8, "cases spread over many régions: " + all.facet("region"));
	}

	@Test
	void everyCaseAndProtocolIsIndexedAndCounted() throws Exception {
		long cases = Files.list(EXAMPLES.resolve("cases")).filter(f -> f.toString().endsWith(".case")).count();
		SearchResults all = index.search(new SearchRequest("*", List.of(FacetFilter.parse("type=cas")), 1));
		assertEquals(cases, all.totalHits());
		int byCompleteness = all.facet("completude").stream().mapToInt(FacetValue::count).sum();
		assertEquals(cases, byCompleteness, "every case has one completeness");
		assertTrue(all.facet("completude").stream().anyMatch(v -> v.value().equals("ébauche") && v.count() > 50), all.facet("completude").toString());
	}

	@Test
	void accentsPluralsAndAcronymsOnTheRealTexts() throws Exception {
		assertTrue(ids(index.search("residences", 20)).contains("territoires_en_residences"));
		assertEquals(ids(index.search("État", 50)), ids(index.search("etat", 50)));
		assertTrue(ids(index.search("caumont mutuelle", 5)).contains("CAUMONT"));
		List<String> ess = ids(index.search("ESS", 200));
		assertTrue(ess.contains("ARCHER"), ess.toString());
		assertTrue(ess.containsAll(ids(index.search("\"économie sociale et solidaire\"", 200))), "the acronym finds the spelled-out phrase");
	}

	@Test
	void stubsAreFoundAndMarked() throws Exception {
		SearchResults stubs = index.search(new SearchRequest("*", List.of(FacetFilter.parse("completude=stub")), 500));
		assertTrue(stubs.totalHits() > 50);
		assertTrue(stubs.hits().stream().allMatch(SearchHit::draft));
	}

	@Test
	void failuresCanBeListed() throws Exception {
		SearchResults failures = index.search(new SearchRequest("", List.of(FacetFilter.parse("resultat=échec")), 50));
		assertTrue(failures.totalHits() >= 1);
		assertEquals(failures.totalHits(), failures.facet("resultat").stream().filter(v -> v.value().equals("échec")).findFirst().orElseThrow().count());
	}

	@Test
	void similarCasesOfCaumontComeWithReasons() throws Exception {
		List<SimilarCase> similar = index.similar("CAUMONT", 5);
		assertEquals(5, similar.size());
		assertTrue(similar.stream().noneMatch(s -> s.hit().id().equals("CAUMONT")));
		assertTrue(similar.stream().allMatch(s -> !s.reason().isEmpty()), similar.toString());
	}

	@Test
	void theMatrixOfTheWholeCorpusHasOneLinePerCase() {
		EssaimWorkspace workspace = EssaimWorkspace.load(EXAMPLES);
		var cases = workspace.cases().stream().map(CaseDocument::caseStudy).toList();
		String csv = MatrixFormats.csv(CaseMatrix.of(cases));
		assertTrue(csv.startsWith("Cas,Titre,Territoire"));
		ConditionsTable qca = ConditionsTable.of(cases);
		assertEquals(cases.size(), qca.caseIds().size() + qca.excluded().size());
		assertTrue(qca.caseIds().size() >= 5, qca.caseIds().toString());
	}
}
