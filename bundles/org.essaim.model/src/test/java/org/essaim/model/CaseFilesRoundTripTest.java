/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage;
import org.essaim.model.casestudy.TerritoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFilesRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void aSavedCaseLoadsBackEqual() throws Exception {
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.full(), file);
		CaseStudy loaded = CaseFiles.load(file);
		assertTrue(EcoreUtil.equals(SampleCases.full(), loaded), () -> "différences après relecture :\n" + text(file));
	}

	@Test
	void aStubLoadsBackEqual() throws Exception {
		Path file = folder.resolve("STUB.case");
		CaseFiles.save(SampleCases.stub(), file);
		assertTrue(EcoreUtil.equals(SampleCases.stub(), CaseFiles.load(file)));
	}

	@Test
	void theSameCaseAlwaysGivesTheSameBytes() throws Exception {
		byte[] first = CaseFiles.toBytes(SampleCases.full());
		assertArrayEquals(first, CaseFiles.toBytes(SampleCases.full()));
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.full(), file);
		assertArrayEquals(first, Files.readAllBytes(file));
		CaseFiles.save(CaseFiles.load(file), file);
		assertArrayEquals(first, Files.readAllBytes(file), "relire puis réécrire ne change aucun octet");
	}

	@ParameterizedTest
	@ValueSource(strings = { "title", "region", "kind", "quote", "status" })
	void aOneFieldChangeIsAOneLineDiff(String field) {
		CaseStudy changed = SampleCases.full();
		Consumer<CaseStudy> change = switch (field) {
			case "title" -> c -> c.setTitle("Un autre titre");
			case "region" -> c -> c.getTerritories().get(0).setRegion("Vaucluse");
			case "kind" -> c -> c.getActors().get(0).setKind(ActorKind.ASSOCIATION);
			case "quote" -> c -> c.getSources().get(0).setQuote("une autre citation");
			default -> c -> c.setStatus(CaseStatus.DRAFT);
		};
		change.accept(changed);
		List<String> before = lines(CaseFiles.toBytes(SampleCases.full()));
		List<String> after = lines(CaseFiles.toBytes(changed));
		assertEquals(before.size(), after.size());
		List<String> changedLines = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changedLines.add(after.get(i));
			}
		}
		assertEquals(1, changedLines.size(), () -> "lignes changées : " + changedLines);
	}

	@Test
	void filesAreCanonicalUtf8WithEnumerationsByNameAndDefaultsWritten() {
		String stub = new String(CaseFiles.toBytes(SampleCases.stub()), UTF_8);
		assertTrue(stub.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casestudy:CaseStudy\n"), stub);
		assertTrue(stub.contains("\n    title=\"Ébauche\"\n"), "UTF-8, sans entité pour les accents");
		assertTrue(stub.contains("\n    status=\"draft\"\n"), "les valeurs par défaut sont écrites");
		assertTrue(stub.contains("\n    completeness=\"stub\"\n"), "les énumérations sont écrites par leur nom");
		assertTrue(stub.endsWith("/>\n"), "une fin de ligne termine le fichier");
		assertTrue(stub.indexOf('\r') < 0, "fins de ligne \n sur toutes les plates-formes");
		assertTrue(!stub.contains("xmi:id") && !stub.contains("xmi:uuid"), "aucun identifiant généré");
	}

	@Test
	void frenchLabelsAreReadAsWellAsNames() throws Exception {
		String labels = new String(CaseFiles.toBytes(SampleCases.full()), UTF_8)
				.replace("kind=\"petite_ville\"", "kind=\"petite ville\"")
				.replace("status=\"published\"", "status=\"publié\"");
		Path file = folder.resolve("ESSAI-1.case");
		Files.writeString(file, labels);
		CaseStudy loaded = CaseFiles.load(file);
		assertEquals(TerritoryKind.PETITE_VILLE, loaded.getTerritories().get(0).getKind());
		assertEquals(CaseStatus.PUBLISHED, loaded.getStatus());
	}

	@Test
	void everyEnumerationIsReadUnambiguously() {
		// Reading accepts names and labels: no label may be another value's name.
		CasestudyPackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast)
				.forEach(eEnum -> eEnum.getELiterals().forEach(literal -> {
					EEnumLiteral byName = eEnum.getEEnumLiteral(literal.getLiteral());
					assertTrue(byName == null || byName == literal, eEnum.getName() + "." + literal.getName());
				}));
	}

	@Test
	void lineOfGivesTheLineWhereTheElementStarts() throws Exception {
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.full(), file);
		List<String> lines = Files.readAllLines(file);
		CaseStudy loaded = CaseFiles.load(file);
		assertEquals(2, CaseFiles.lineOf(loaded));
		List<EObject> objects = new ArrayList<>();
		loaded.eAllContents().forEachRemaining(objects::add);
		int searchFrom = 0;
		for (EObject object : objects) {
			String tag = "<" + object.eContainmentFeature().getName();
			int expected = searchFrom;
			while (!opens(lines.get(expected).strip(), tag)) {
				expected++;
			}
			assertEquals(expected + 1, CaseFiles.lineOf(object), object.eClass().getName());
			searchFrom = expected + 1;
		}
		assertEquals(0, CaseFiles.lineOf(SampleCases.full()), "un objet jamais chargé n'a pas de ligne");
	}

	@Test
	void savingDoesNotTakeTheCaseOutOfItsResource() throws Exception {
		Resource resource = CaseFiles.newResourceSet().createResource(URI.createFileURI(folder.resolve("A.case").toString()));
		CaseStudy caseStudy = SampleCases.full();
		resource.getContents().add(caseStudy);
		CaseFiles.save(caseStudy, folder.resolve("B.case"));
		assertSame(resource, caseStudy.eResource());
	}

	@Test
	void aResourceOfTheResourceSetSavesAndLoadsTheSameFormat() throws Exception {
		Path file = folder.resolve("ESSAI-1.case");
		Resource resource = CaseFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(SampleCases.full());
		resource.save(null);
		assertArrayEquals(CaseFiles.toBytes(SampleCases.full()), Files.readAllBytes(file));
		Resource reloaded = CaseFiles.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
		assertTrue(EcoreUtil.equals(SampleCases.full(), reloaded.getContents().get(0)));
		assertNotEquals(0, CaseFiles.lineOf(reloaded.getContents().get(0)));
	}

	private static List<String> lines(byte[] bytes) {
		return new String(bytes, UTF_8).lines().toList();
	}

	private static String text(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	/** Whether an XML line opens the element: {@code <tag}, {@code <tag attr...} or {@code <tag>...}. */
	private static boolean opens(String line, String tag) {
		return line.equals(tag) || line.startsWith(tag + " ") || line.startsWith(tag + ">");
	}
}
