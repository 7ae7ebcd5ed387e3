/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language server as an LSP editor sees it: capabilities, completion, hover on doc comments, diagnostics.
 * (The base class declares its own assertEquals(String, String): JUnit's is called by its class name here.)
 */
class CoopLanguageServerTest extends AbstractLanguageServerTest {

	private static final String PROTOCOL = """
			protocole residence "Résidence" {
			  /** La collectivité qui accueille la résidence. */
			  acteur mairie "La mairie" : collectivité
			  acteur labo "Le laboratoire" : recherche
			  phase cadrage "Cadrage" {
			    participants mairie
			  }
			  phase terrain "Terrain" {
			    après cadrage
			    participants\s
			  }
			}
			""";

	CoopLanguageServerTest() {
		super("coop");
	}

	@BeforeAll
	static void frenchUser() {
		Locale.setDefault(Locale.FRENCH);
	}

	/** The base class would put its workspace in the module folder (test-data/): keep it in target/. */
	@BeforeEach
	void workspaceUnderTarget() {
		root = new File("target/ls-test-project").getAbsoluteFile();
	}

	@Test
	void initializeAnnouncesTheEditorServices() {
		InitializeResult result = initialize();
		ServerCapabilities capabilities = result.getCapabilities();
		assertNotNull(capabilities.getCompletionProvider(), "completion");
		assertTrue(capabilities.getHoverProvider().getLeft(), "hover");
		assertTrue(capabilities.getDefinitionProvider().getLeft(), "go to definition");
		assertTrue(capabilities.getDocumentSymbolProvider().getLeft(), "outline");
	}

	@Test
	void completionAfterParticipantsProposesTheActors() {
		testCompletion(configuration -> {
			configuration.setModel(PROTOCOL);
			configuration.setLine(9);
			configuration.setColumn(17);
			configuration.setAssertCompletionList(list -> {
				List<String> labels = labels(list);
				assertTrue(labels.containsAll(List.of("mairie", "labo")), labels::toString);
				assertTrue(!labels.contains("cadrage"), "phases are not participants: " + labels);
			});
		});
	}

	@Test
	void completionNamesLocalActorsOnceAndOtherFilesActorsByTheirProtocol() {
		testCompletion(configuration -> {
			configuration.setFilesInScope(Map.of("commun.coop", "protocole commun \"C\" { acteur etalab \"E\" : service-etat }\n"));
			configuration.setModel(PROTOCOL);
			configuration.setLine(9);
			configuration.setColumn(17);
			configuration.setAssertCompletionList(list -> {
				List<String> labels = labels(list);
				assertTrue(labels.containsAll(List.of("mairie", "labo", "commun.etalab")), labels::toString);
				assertTrue(!labels.contains("residence.mairie"), "no long form for local actors: " + labels);
			});
		});
	}

	@Test
	void completionAfterAColonProposesTheKindsOfActor() {
		testCompletion(configuration -> {
			configuration.setModel("protocole p \"P\" {\n  acteur a \"A\" : \n}\n");
			configuration.setLine(1);
			configuration.setColumn(17);
			configuration.setAssertCompletionList(list -> {
				List<String> labels = labels(list);
				assertTrue(labels.containsAll(List.of("collectivité", "service-État", "association", "pôle-cluster")),
						labels::toString);
			});
		});
	}

	@Test
	void hoverOnAReferenceShowsTheActorsDocComment() {
		testHover(configuration -> {
			configuration.setModel(PROTOCOL);
			configuration.setLine(5);
			configuration.setColumn(19);
			configuration.setAssertHover(hover -> assertTrue(
					hover.getContents().getRight().getValue().contains("La collectivité qui accueille la résidence."),
					hover.getContents().toString()));
		});
	}

	@Test
	void anUnknownParticipantIsADiagnosticOnItsLine() {
		initialize();
		String text = """
				protocole casse "Cassé" {
				  phase seule "Seule" {
				    participants fantome
				  }
				}
				""";
		String uri = writeFile("casse.coop", text);
		open(uri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
		Diagnostic unknownActor = diagnostics.get(0);
		Assertions.assertEquals(2, unknownActor.getRange().getStart().getLine(), "0-based line of « fantome »");
		String message = unknownActor.getMessage().getLeft();
		assertTrue(message.startsWith("« fantome » : aucun acteur"), message);
	}

	private static List<String> labels(CompletionList list) {
		return list.getItems().stream().map(CompletionItem::getLabel).toList();
	}
}
