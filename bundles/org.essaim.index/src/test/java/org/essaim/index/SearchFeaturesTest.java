/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synonyms, facets, drafts, similar cases and near-real-time updates on a small fixture workspace. */
class SearchFeaturesTest {

	@TempDir
	Path workspace;
	@TempDir
	Path indexDir;

	private final Locale previous = Locale.getDefault();

	/** The messages asserted here are the French ones, whatever the machine's language. */
	@BeforeEach
	void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(previous);
	}

	@BeforeEach
	void writeSources() throws IOException {
		Sources.write(workspace, "cas/MUTUELLE.case", Sources.richCase("MUTUELLE", "Mutuelle communale de village",
				"Une commune rurale négocie une complémentaire santé mutualisée pour ses habitants.", "rural", "Provence-Alpes-Côte d'Azur",
				"success", "budget_propre", "published", "complete", "2015", "collectivite", "citoyens"));
		Sources.write(workspace, "cas/MUTUELLE2.case", Sources.richCase("MUTUELLE2", "Complémentaire santé intercommunale",
				"Une communauté de communes rurale propose une complémentaire santé mutualisée à ses habitants.", "rural", "Occitanie",
				"partial", "budget_propre", "draft", "stub", "2016", "collectivite", "citoyens"));
		Sources.write(workspace, "cas/PTCE.case", Sources.richCase("PTCE-SUD", "Pôle de coopération du Sud",
				"Un pôle territorial de coopération économique réunit des entreprises de l'économie sociale et solidaire.", "ville_moyenne",
				"Nouvelle-Aquitaine", "failure", "feder", "published", "partial", "2014", "ess", "entreprise", "collectivite"));
		Sources.write(workspace, "cas/HACK.case", Sources.richCase("HACK", "Hackathon des données ouvertes",
				"Des développeurs et des agents de l'État ouvrent des jeux de données publiques.", "metropole", "Bretagne",
				"success", "subvention", "draft", "partial", "2009", "service_etat", "entreprise"));
	}

	private static List<String> ids(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::id).toList();
	}

	private static Map<String, Integer> counts(SearchResults results, String dimension) {
		return results.facet(dimension).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

	@Test
	void acronymsAndSynonymsFindTheSpelledOutWords() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			assertEquals(List.of("PTCE-SUD"), ids(index.search("ESS", 10)), "ESS ↔ économie sociale et solidaire");
			assertEquals(List.of("PTCE-SUD"), ids(index.search("ptce", 10)), "PTCE ↔ pôle territorial de coopération économique");
			assertEquals(List.of("HACK"), ids(index.search("open data", 10)), "open data ↔ données ouvertes");
			assertEquals(List.of("MUTUELLE"), ids(index.search("mutuelle municipale", 10)), "municipal ↔ communal");
			assertEquals(List.of("PTCE-SUD"), ids(index.search("\"économie sociale et solidaire\"", 10)), "phrases still work");
			assertEquals(List.of("HACK"), ids(index.search("title:hackathon", 10)), "field queries still work");
		}
	}

	@Test
	void titleAndKindsWeighMoreThanTheSummary() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			// "complémentaire" is in MUTUELLE2's title and in both summaries.
			assertEquals("MUTUELLE2", index.search("complémentaire", 10).get(0).id());
			// "rural" is a territory kind of the mutuals only: the kind is searchable as a word.
			assertEquals(List.of("MUTUELLE", "MUTUELLE2"), ids(index.search("rural", 10)).stream().sorted().toList());
		}
	}

	@Test
	void facetCountsCoverAllMatchesAndFiltersNarrowThem() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			SearchResults all = index.search(new SearchRequest("*", List.of(FacetFilter.parse("type=cas")), 10));
			assertEquals(4, all.totalHits());
			assertEquals(Map.of("rural faible densité", 2, "ville moyenne", 1, "métropole", 1), counts(all, "territoire"));
			assertEquals(Map.of("collectivité", 3, "citoyens/habitants", 2, "entreprise", 2, "ESS", 1, "service de l'État", 1), counts(all, "acteur"));
			assertEquals(Map.of("réussite", 2, "réussite partielle", 1, "échec", 1), counts(all, "resultat"));
			assertEquals(Map.of("brouillon", 2, "publié", 2), counts(all, "statut"));
			assertEquals(Map.of("2010-2019", 3, "2000-2009", 1), counts(all, "periode"));
			assertEquals(Map.of("budget propre", 2, "FEDER", 1, "subvention", 1), counts(all, "financement"));
			assertEquals(4, counts(all, "region").size(), "four regions");

			SearchResults rural = index.search(new SearchRequest("santé", List.of(FacetFilter.parse("territoire=rural")), 10));
			assertEquals(List.of("MUTUELLE", "MUTUELLE2"), ids(rural.hits()).stream().sorted().toList());
			SearchResults failures = index.search(new SearchRequest("", List.of(FacetFilter.parse("Résultat=echec")), 10));
			assertEquals(List.of("PTCE-SUD"), ids(failures.hits()));
			SearchResults regions = index.search(new SearchRequest("*",
					List.of(FacetFilter.parse("region=bretagne"), FacetFilter.parse("region=OCCITANIE")), 10));
			assertEquals(List.of("HACK", "MUTUELLE2"), ids(regions.hits()).stream().sorted().toList(), "two values of one facet: either");
			SearchResults both = index.search(new SearchRequest("*",
					List.of(FacetFilter.parse("acteur=entreprise"), FacetFilter.parse("statut=draft")), 10));
			assertEquals(List.of("HACK"), ids(both.hits()), "two facets: both");
		}
	}

	@Test
	void draftsAndStubsAreFoundAndMarked() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			List<SearchHit> hits = index.search("complémentaire santé", 10);
			SearchHit stub = hits.stream().filter(h -> h.id().equals("MUTUELLE2")).findFirst().orElseThrow();
			assertTrue(stub.draft());
			assertEquals("ébauche", stub.completeness());
			assertFalse(hits.stream().filter(h -> h.id().equals("MUTUELLE")).findFirst().orElseThrow().draft());
			assertTrue(stub.snippet().contains("**complémentaire** **santé**"), stub.snippet());
		}
	}

	@Test
	void similarRanksTheCaseOnTheSameSubjectFirstAndSaysWhy() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			List<SimilarCase> similar = index.similar("MUTUELLE", 3);
			assertEquals("MUTUELLE2", similar.get(0).hit().id());
			assertFalse(ids(similar.stream().map(SimilarCase::hit).toList()).contains("MUTUELLE"), "not itself");
			assertTrue(similar.get(0).sharedFacets().contains("territoire=rural faible densité"), similar.get(0).sharedFacets().toString());
			assertTrue(similar.get(0).sharedTerms().contains("complémentaire"), similar.get(0).sharedTerms().toString());
			assertTrue(similar.get(0).reason().contains("facettes communes"), similar.get(0).reason());
			assertThrows(QueryException.class, () -> index.similar("NOPE", 3));
		}
	}

	@Test
	void aSavedCaseIsVisibleAtOnceAndADeletedOneIsForgotten() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			Path saved = Sources.write(workspace, "cas/NOUVEAU.case", Sources.caseXml("NOUVEAU", "Ressourcerie solidaire",
					"Une ressourcerie de quartier.", "Lille"));
			IndexReport report = index.update(List.of(saved));
			assertEquals(1, report.indexed());
			assertEquals(List.of("NOUVEAU"), ids(index.search("ressourcerie", 10)));
			Files.delete(workspace.resolve("cas/HACK.case"));
			assertEquals(1, index.update(List.of(workspace.resolve("cas/HACK.case"))).removed());
			assertEquals(List.of(), index.search("hackathon", 10));
			assertEquals(0, index.update().indexed(), "the full update then finds nothing left to do");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"santé", "*", "santé)", "AND OR", "title:", "((", "?", "a:b:c", "~~~" })
	void badQueriesGiveResultsOrAClearMessage(String query) throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			try {
				index.search(query, 10);
			} catch (QueryException e) {
				assertFalse(e.getMessage().isBlank());
			}
		}
	}

	@Test
	void aThousandWordsWithSynonymsAnswer() throws Exception {
		String words = String.join(" ", java.util.Collections.nCopies(250, "ESS économie sociale solidaire"));
		String oneLongWord = String.join("-", java.util.Collections.nCopies(1300, "ESS"));
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			assertEquals(List.of("PTCE-SUD"), ids(index.search(SearchRequest.of(words, 10)).hits()));
			assertEquals(List.of("PTCE-SUD"), ids(index.search(SearchRequest.of(oneLongWord, 10)).hits()),
					"thousands of positions in one word: the synonym graph is left out rather than failing");
		}
	}

	@Test
	void aStormOfFuzzyAndWildcardTermsIsBoundedAndSaysSo() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			SearchResults results = index.search(SearchRequest.of(storm(40), 10));
			assertEquals(List.of("32 termes approchés ou à joker (~, *, ?, /.../, [a TO b]) ont été cherchés comme mot simple : une requête en compte 8 au plus"),
					results.notices());
			assertEquals(java.util.Set.of("MUTUELLE", "MUTUELLE2"), java.util.Set.copyOf(ids(results.hits())));
			List<String> notices = index.search(SearchRequest.of(storm(300), 10)).notices();
			assertTrue(notices.get(0).startsWith("requête coupée : seuls ses ") && notices.get(0).endsWith(" premiers mots (sur 300) ont été cherchés"),
					notices::toString);
			assertTrue(notices.get(1).endsWith("ont été cherchés comme mot simple : une requête en compte 8 au plus"), notices::toString);
		}
	}

	/** "santé~2 OR mutu* OR santé~2 ...": {@code terms} fuzzy and wildcard terms. */
	private static String storm(int terms) {
		StringBuilder storm = new StringBuilder();
		for (int i = 0; i < terms; i++) {
			storm.append(i % 2 == 0 ? "santé~2" : "mutu*").append(i < terms - 1 ? " OR " : "");
		}
		return storm.toString();
	}

	/** Found by fuzzing: each "+" doubled the automaton Lucene built, and the search ran out of memory. */
	@Test
	void aRegularExpressionOfNestedRepetitionsIsSearchedAsWordsAndSaysSo() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			SearchResults results = index.search(SearchRequest.of("/santé" + "+".repeat(40) + "/", 10));
			assertEquals(List.of("1 expression régulière (/.../) trop vaste a été cherchée comme mots simples : ses répétitions imbriquées la rendraient démesurée"),
					results.notices());
			assertEquals(List.of("MUTUELLE", "MUTUELLE2"), ids(results.hits()).stream().sorted().toList());
			assertEquals(List.of(), index.search(SearchRequest.of("/sant[ée]+/", 10)).notices(), "an ordinary expression is searched as such");
		}
	}

	@Test
	void deepNestingAndMisplacedOperatorsAreExplainedInFrench() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			QueryException deep = assertThrows(QueryException.class, () -> index.search("(".repeat(33) + "santé" + ")".repeat(33), 10));
			assertEquals("la requête imbrique 33 niveaux de parenthèses, 32 au plus : simplifiez-la", deep.getMessage());
			assertEquals(List.of("MUTUELLE", "MUTUELLE2"), ids(index.search("(".repeat(32) + "santé" + ")".repeat(32), 10)).stream().sorted().toList());
			assertEquals("requête incompréhensible « AND OR NOT » : la requête ne contient que des opérateurs (AND, OR, NOT, +, -) : tapez les mots à chercher",
					assertThrows(QueryException.class, () -> index.search("AND OR NOT", 10)).getMessage());
			assertTrue(assertThrows(QueryException.class, () -> index.search("santé AND", 10)).getMessage()
					.endsWith("la requête s'arrête avant d'être complète (un opérateur ou une parenthèse attend encore un mot)"));
			String misplaced = assertThrows(QueryException.class, () -> index.search("OR santé", 10)).getMessage();
			assertTrue(misplaced.contains("« OR » ne relie rien à cet endroit"), misplaced);
			assertFalse(misplaced.contains("Cannot parse") || misplaced.contains("Encountered"), misplaced);
		}
	}

	@Test
	void thousandsOfTermsAreCutAndTheResultsSaySo() throws Exception {
		String huge = String.join(" ", java.util.Collections.nCopies(3000, "santé commune"));
		StringBuilder distinct = new StringBuilder();
		for (int i = 0; i < 3000; i++) {
			distinct.append("mot").append(i).append(' ');
		}
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			for (String query : List.of(huge, distinct.toString())) {
				SearchResults results = index.search(SearchRequest.of(query, 10));
				assertEquals(1, results.notices().size(), results.notices()::toString);
				assertTrue(results.notices().get(0).matches("requête coupée : seuls ses [0-9]+ premiers mots \\(sur [0-9\u202F]+\\) ont été cherchés"),
						results.notices().get(0));
			}
		}
	}

	@Test
	void unknownFacetsAndBadFiltersAreRefusedWithAMessage() {
		QueryException unknown = assertThrows(QueryException.class, () -> FacetFilter.parse("couleur=bleu"));
		assertTrue(unknown.getMessage().contains("couleur"), unknown.getMessage());
		assertThrows(QueryException.class, () -> FacetFilter.parse("territoire"));
		assertThrows(QueryException.class, () -> FacetFilter.parse("=rural"));
	}
}
