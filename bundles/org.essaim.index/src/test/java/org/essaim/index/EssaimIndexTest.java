/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssaimIndexTest {

	@TempDir
	Path workspace;
	@TempDir
	Path indexDir;

	@BeforeEach
	void writeSources() throws IOException {
		Sources.write(workspace, "protocoles/residence.coop", Sources.RESIDENCE_PROTOCOL);
		Sources.write(workspace, "cas/MUTUELLE.case", Sources.caseXml("MUTUELLE", "Mutuelle communale",
				"Une commune négocie une complémentaire santé pour l'ensemble de ses habitants.", "Caumont-sur-Durance"));
		Sources.write(workspace, "cas/CAMP.case", Sources.caseXml("CAMP", "Hackathon territorial",
				"Des développeurs et des agents de l'État produisent des services numériques.", "Rennes"));
	}

	@Test
	void findsDocumentsWhateverTheAccentsPluralsAndElisions() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			assertEquals(3, index.update().indexed());
			assertEquals("residence", index.search("RESIDENCES", 10).get(0).id());
			assertEquals("CAMP", index.search("etat", 10).get(0).id());
			assertEquals("MUTUELLE", index.search("l’ensemble", 10).get(0).id());
			assertEquals("MUTUELLE", index.search("caumont", 10).get(0).id(), "territory names are indexed");
		}
	}

	@Test
	void aTitleMatchOutranksABodyMatch() throws Exception {
		Sources.write(workspace, "cas/AUTRE.case", Sources.caseXml("AUTRE", "Autre chose",
				"On y évoque une mutuelle en passant, parmi beaucoup d'autres sujets sans rapport.", "Lille"));
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			List<SearchHit> hits = index.search("mutuelle", 10);
			assertEquals(List.of("MUTUELLE", "AUTRE"), hits.stream().map(SearchHit::id).toList());
			assertTrue(hits.get(0).score() > hits.get(1).score());
		}
	}

	@Test
	void hitsCarryKindFileAndAHighlightedSnippet() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			SearchHit hit = index.search("complémentaire santé", 10).get(0);
			assertEquals(SearchHit.CASE, hit.kind());
			assertEquals(workspace.resolve("cas/MUTUELLE.case").toAbsolutePath(), hit.file());
			assertTrue(hit.snippet().contains("**complémentaire** **santé**"), hit.snippet());
		}
	}

	@Test
	void updatesOnlyWhatChangedAndForgetsDeletedFiles() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			assertEquals(0, index.update().indexed(), "nothing changed");
			Path camp = workspace.resolve("cas/CAMP.case");
			Files.writeString(camp, Sources.caseXml("CAMP", "Hackathon territorial", "Un marathon de programmation.", "Brest"));
			Files.setLastModifiedTime(camp, FileTime.fromMillis(Files.getLastModifiedTime(camp).toMillis() + 2000));
			IndexReport report = index.update();
			assertEquals(1, report.indexed());
			assertEquals("CAMP", index.search("brest", 10).get(0).id());
			assertEquals(List.of(), index.search("rennes", 10), "the old version is gone");
			Files.delete(workspace.resolve("cas/MUTUELLE.case"));
			assertEquals(1, index.update().removed());
			assertEquals(List.of(), index.search("mutuelle", 10));
			assertEquals(2, index.size());
		}
	}

	@Test
	void theIndexPersistsBetweenSessions() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
		}
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			assertEquals(0, index.update().indexed());
			assertEquals("MUTUELLE", index.search("mutuelle", 10).get(0).id());
		}
	}

	@Test
	void anIndexWrittenInAnOlderFormatIsRebuiltOnce() throws Exception {
		try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(indexDir);
				org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig(new FrenchTextAnalyzer()))) {
			org.apache.lucene.document.Document document = new org.apache.lucene.document.Document();
			document.add(new org.apache.lucene.document.KeywordField(IndexFields.PATH, "cas/MUTUELLE.case",
					org.apache.lucene.document.Field.Store.YES));
			document.add(new org.apache.lucene.document.StoredField(IndexFields.STAMP, FileStamp.of(workspace.resolve("cas/MUTUELLE.case"))));
			old.addDocument(document);
			old.commit();
		}
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			assertEquals(3, index.update().indexed(), "the unchanged file is indexed again with today's fields");
			assertEquals(0, index.update().indexed());
			assertEquals(2, index.search(new SearchRequest("*", List.of(FacetFilter.parse("completude=stub")), 10)).totalHits());
		}
	}

	@Test
	void aCorruptedIndexIsRebuiltFromTheSources() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
		}
		try (Stream<Path> files = Files.list(indexDir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			assertEquals(3, index.update().indexed());
			assertEquals("MUTUELLE", index.search("mutuelle", 10).get(0).id());
		}
	}

	@Test
	void wrongQueriesGiveResultsOrAClearMessage() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			index.update();
			assertEquals("MUTUELLE", index.search("\"mutuelle", 10).get(0).id(), "an unbalanced quote is forgiven");
			assertThrows(QueryException.class, () -> index.search("  ", 10));
			assertEquals(List.of(), index.search("le la les", 10), "only stop words: nothing, no failure");
		}
	}

	@Test
	void aBrokenSourceIsReportedAndLeavesTheOthersSearchable() throws Exception {
		Sources.write(workspace, "cas/CASSE.case", "<not xml");
		try (EssaimIndex index = EssaimIndex.open(workspace, indexDir)) {
			IndexReport report = index.update();
			assertEquals(3, report.indexed());
			assertEquals(1, report.problems().size());
			assertTrue(report.problems().get(0).file().endsWith("CASSE.case"));
		}
	}
}
