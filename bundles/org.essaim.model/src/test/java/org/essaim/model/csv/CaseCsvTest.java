/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Phase;
import org.essaim.model.casestudy.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CSV export and import: the corpus goes out and comes back without losing a covered field. */
class CaseCsvTest {

	private static final Path CASES = Path.of("../../examples/cases");

	@BeforeAll
	static void french() {
		Locale.setDefault(Locale.FRENCH);
	}

	private static List<CaseStudy> corpus() throws Exception {
		List<CaseStudy> cases = new ArrayList<>();
		try (Stream<Path> files = Files.list(CASES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".case")).sorted().toList()) {
				cases.add(CaseFiles.load(file));
			}
		}
		return cases;
	}

	private static String csv(List<CaseStudy> cases) throws IOException {
		StringWriter out = new StringWriter();
		CaseCsvWriter.write(cases, out);
		return out.toString();
	}

	@Test
	void theWholeCorpusRoundTripsThroughCsv() throws Exception {
		List<CaseStudy> cases = corpus();
		String exported = csv(cases);
		List<CsvRow> rows = CaseCsvReader.read(exported);
		assertEquals(cases.size(), rows.size());
		for (int i = 0; i < cases.size(); i++) {
			CsvRow row = rows.get(i);
			assertTrue(row.readable(), row.errors()::toString);
			CaseStudy merged = EcoreUtil.copy(cases.get(i));
			CaseCsvMerge.apply(row.caseStudy(), merged);
			assertTrue(EcoreUtil.equals(cases.get(i), merged), cases.get(i).getId());
		}
		// merging moved the imported parts into the cases: read the file again for the second export
		assertEquals(exported, csv(CaseCsvReader.read(exported).stream().map(CsvRow::caseStudy).toList()), "export → import → export is stable");
	}

	@Test
	void quotesCommasSemicolonsLineBreaksAndAccentsSurvive() throws Exception {
		CaseStudy c = CasestudyFactory.eINSTANCE.createCaseStudy();
		c.setId("DUR");
		c.setTitle("« Titre », avec ; et \"guillemets\"\net une ligne");
		Source source = CasestudyFactory.eINSTANCE.createSource();
		source.setId("s1");
		source.setDocument("004.txt");
		source.setQuote("citation, \"entre guillemets\" ;\nsur deux lignes");
		c.getSources().add(source);
		Actor actor = CasestudyFactory.eINSTANCE.createActor();
		actor.setName("Ville d'Évreux, « pilote »");
		actor.setKind(ActorKind.COLLECTIVITE);
		actor.setRole("porteur ; financeur");
		actor.getEvidence().add(source);
		c.getActors().add(actor);
		CaseStudy back = CaseCsvReader.read(csv(List.of(c))).get(0).caseStudy();
		assertTrue(EcoreUtil.equals(c, back));
		assertEquals(back.getSources().get(0), back.getActors().get(0).getEvidence().get(0), "evidence points to the imported source");
	}

	@Test
	void aMergeKeepsWhatTheCsvDoesNotCover() throws Exception {
		CaseStudy original = CaseFiles.load(CASES.resolve("TERRES.case"));
		CaseStudy imported = CaseCsvReader.read(csv(List.of(original))).get(0).caseStudy();
		imported.setTitle("Nouveau titre");
		CaseStudy target = EcoreUtil.copy(original);
		CaseCsvMerge.apply(imported, target);
		assertEquals("Nouveau titre", target.getTitle());
		assertEquals(original.getBody(), target.getBody(), "the narrative is not in the CSV: it stays");
		assertEquals(original.getPhases().size(), target.getPhases().size());
	}

	@Test
	void partsTheCsvDoesNotCoverKeepCitingSourcesOfTheCase() throws Exception {
		CaseStudy target = CasestudyFactory.eINSTANCE.createCaseStudy();
		target.setId("EVI");
		target.setTitle("Preuves");
		target.getSources().add(source("s1", "001.txt"));
		target.getSources().add(source("s2", "002.txt"));
		Phase phase = CasestudyFactory.eINSTANCE.createPhase();
		phase.setName("atelier");
		phase.getEvidence().addAll(target.getSources());
		target.getPhases().add(phase);
		CaseStudy imported = EcoreUtil.copy(target);
		imported.getPhases().clear();
		imported.getSources().remove(1); // the CSV no longer lists s2, the phase (not in the CSV) still cites it
		imported.getSources().get(0).setDocument("001-bis.txt");

		CaseCsvMerge.apply(imported, target);

		assertEquals(List.of("s1", "s2"), target.getSources().stream().map(Source::getId).toList());
		assertEquals(target.getSources(), phase.getEvidence(), "the phase cites the case's own sources, not detached ones");
		assertEquals("001-bis.txt", phase.getEvidence().get(0).getDocument());
	}

	private static Source source(String id, String document) {
		Source source = CasestudyFactory.eINSTANCE.createSource();
		source.setId(id);
		source.setDocument(document);
		return source;
	}

	@Test
	void badCellsNameTheirLineAndColumn() throws Exception {
		String csv = "id,title,completeness,actors\r\nA,Un,partial,\r\nB,\"Deux\nlignes\",complet-ish,\"X,martien,,\"\r\n";
		List<CsvRow> rows = CaseCsvReader.read(csv);
		assertTrue(rows.get(0).readable());
		assertEquals(3, rows.get(1).line());
		assertEquals(List.of("ligne 3, colonne « completeness » : valeur « complet-ish » inconnue ; valeurs admises : stub, partial, complete",
				"ligne 3, colonne « actors » : valeur « martien » inconnue ; valeurs admises : collectivite, service_etat, etablissement_public, "
						+ "entreprise, ess, association, citoyens, recherche, ecole, designer, financeur, reseau, pole_cluster, international, non_precise"),
				rows.get(1).errors());
	}

	@Test
	void frenchLabelsAreAcceptedForValues() throws Exception {
		CaseStudy c = CaseCsvReader.read("id,title,completeness\r\nA,Un,ébauche\r\n").get(0).caseStudy();
		assertEquals("ébauche", c.getCompleteness().getLiteral());
	}

	@Test
	void aFileWithoutAnIdColumnIsRefused() {
		IOException e = assertThrows(IOException.class, () -> CaseCsvReader.read("titre,résumé\r\nA,B\r\n"));
		assertTrue(e.getMessage().contains("« id »"));
	}

	@Test
	void theCodebookDescribesEveryColumnAndItsValues() throws Exception {
		StringWriter out = new StringWriter();
		Codebook.write(out);
		String codebook = out.toString();
		for (String column : CaseCsvLayout.header()) {
			assertTrue(codebook.contains("\r\n" + column + ","), column);
		}
		assertTrue(codebook.contains("partial = partiel"));
		assertTrue(codebook.contains("kind : collectivite = collectivité"));
	}
}
