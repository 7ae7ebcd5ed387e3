/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editing services as an LSP client (VS Code, Neovim, the workbench) uses them: definition, references, rename,
 * outline, formatting, semantic colouring and quick fixes, each through a real request to the language server.
 */
class CoopEditingServicesTest extends AbstractLanguageServerTest {

	private static final String PROTOCOL = """
			protocole residence "Résidence" {
			  /** La collectivité qui accueille la résidence. */
			  acteur mairie "La mairie" : collectivité
			  acteur labo "Le laboratoire" : recherche
			  méthode atelier "Atelier" { durée 2 heures }
			  phase cadrage "Cadrage" {
			    participants mairie
			    méthode atelier
			  }
			  phase terrain "Terrain" {
			    après cadrage
			    participants mairie, labo
			  }
			}
			""";

	private String uri;
	private ServerCapabilities capabilities;

	CoopEditingServicesTest() {
		super("coop");
	}

	@BeforeAll
	static void frenchUser() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void openTheProtocol() {
		root = new File("target/ls-editing-project").getAbsoluteFile();
		capabilities = initialize().getCapabilities();
		uri = writeFile("residence.coop", PROTOCOL);
		open(uri, PROTOCOL);
	}

	private TextDocumentIdentifier document() {
		return new TextDocumentIdentifier(uri);
	}

	@Test
	void theServerAnnouncesEveryEditingService() {
		assertTrue(capabilities.getReferencesProvider().getLeft(), "references");
		assertNotNull(capabilities.getRenameProvider(), "rename");
		assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
		assertNotNull(capabilities.getCodeActionProvider(), "code actions");
		assertNotNull(capabilities.getSemanticTokensProvider(), "semantic tokens");
	}

	@Test
	void goToDefinitionLeadsFromAParticipantToItsActor() throws Exception {
		List<? extends Location> definitions = languageServer.definition(new DefinitionParams(document(), new Position(11, 26))).get().getLeft();
		Assertions.assertEquals(1, definitions.size());
		Assertions.assertEquals(3, definitions.get(0).getRange().getStart().getLine(), "the line of « acteur labo »");
	}

	@Test
	void findReferencesListsEveryPhaseAMairieTakesPartIn() throws Exception {
		List<? extends Location> references = languageServer
				.references(new ReferenceParams(document(), new Position(2, 10), new ReferenceContext(false))).get();
		Assertions.assertEquals(List.of(6, 11), references.stream().map(l -> l.getRange().getStart().getLine()).sorted().toList());
	}

	@Test
	void renameChangesTheDeclarationAndEveryReference() throws Exception {
		WorkspaceEdit edit = languageServer.rename(new RenameParams(document(), new Position(2, 10), "hotel_de_ville")).get();
		List<TextEdit> edits = edit.getChanges() != null ? edit.getChanges().get(uri)
				: edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
		Assertions.assertEquals(3, edits.size(), edits::toString);
		assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("hotel_de_ville")));
	}

	@Test
	void theOutlineListsActorsMethodsAndPhases() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer.documentSymbol(new DocumentSymbolParams(document())).get();
		String names = symbols.stream().map(s -> s.isRight() ? outline(s.getRight()) : s.getLeft().getName()).collect(Collectors.joining(" "));
		assertTrue(names.contains("residence[mairie labo atelier cadrage terrain]") || names.contains("mairie"), names);
		for (String name : List.of("mairie", "labo", "atelier", "cadrage", "terrain")) {
			assertTrue(names.contains(name), names);
		}
	}

	private static String outline(DocumentSymbol symbol) {
		if (symbol.getChildren() == null || symbol.getChildren().isEmpty()) {
			return symbol.getName();
		}
		return symbol.getName() + "[" + symbol.getChildren().stream().map(CoopEditingServicesTest::outline).collect(Collectors.joining(" ")) + "]";
	}

	@Test
	void formattingIndentsTheBlocks() throws Exception {
		String messy = "protocole m \"M\" { acteur a \"A\" : association phase un \"Un\" { participants a } }\n";
		String messyUri = writeFile("messy.coop", messy);
		open(messyUri, messy);
		List<? extends TextEdit> edits = languageServer
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(4, true))).get();
		String formatted = apply(messy, edits);
		Assertions.assertEquals("""
				protocole m "M" {
				    acteur a "A" : association
				    phase un "Un" {
				        participants a
				    }
				}
				""", formatted);
	}

	@Test
	void semanticTokensColourActorsPhasesAndMethods() throws Exception {
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(document())).get();
		List<String> legend = capabilities.getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = tokens.getData();
		Map<String, Long> countByType = new java.util.TreeMap<>();
		for (int i = 3; i < data.size(); i += 5) {
			countByType.merge(legend.get(data.get(i)), 1L, Long::sum);
		}
		// mairie ×3, labo ×2 / cadrage ×2, terrain ×1 / atelier ×2
		Assertions.assertEquals(Map.of("class", 5L, "function", 3L, "macro", 2L), countByType);
	}

	@Test
	void aMisspeltActorGetsAQuickFixWithTheDeclaredName() throws Exception {
		String text = PROTOCOL.replace("participants mairie, labo", "participants mairie, lab");
		String brokenUri = writeFile("typo.coop", text);
		open(brokenUri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(brokenUri);
		Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(brokenUri),
				diagnostics.get(0).getRange(), new CodeActionContext(diagnostics))).get();
		List<String> titles = actions.stream().map(a -> a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle()).toList();
		Assertions.assertEquals("Remplacer par « labo »", titles.get(0), titles::toString);
		assertFalse(titles.contains("Remplacer par « atelier »"), "a method is not a participant: " + titles);
		TextEdit fix = actions.get(0).getRight().getEdit().getChanges().get(brokenUri).get(0);
		Assertions.assertEquals("labo", fix.getNewText());
	}

	@Test
	void aPhaseWithoutParticipantsGetsAQuickFixThatAddsThem() throws Exception {
		String text = "protocole q \"Q\" {\n\tacteur a \"A\" : association\n\tphase vide \"Vide\" {\n\t}\n}\n";
		String emptyUri = writeFile("vide.coop", text);
		open(emptyUri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(emptyUri);
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(emptyUri),
				diagnostics.get(0).getRange(), new CodeActionContext(diagnostics))).get();
		Assertions.assertEquals(1, actions.size(), actions::toString);
		String fixed = apply(text, actions.get(0).getRight().getEdit().getChanges().get(emptyUri));
		Assertions.assertEquals("protocole q \"Q\" {\n\tacteur a \"A\" : association\n\tphase vide \"Vide\" {\n\t\tparticipants a\n\t}\n}\n", fixed);
	}

	/** Applies LSP edits to a text, last edit first so that earlier offsets stay valid. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart())).forEach(edit -> {
			int start = offset(text, edit.getRange().getStart());
			int end = offset(text, edit.getRange().getEnd());
			result.replace(start, end, edit.getNewText());
		});
		return result.toString();
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
