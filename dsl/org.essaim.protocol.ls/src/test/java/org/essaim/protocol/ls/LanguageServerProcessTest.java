/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server as an editor runs it: a separate Java process spoken to in JSON-RPC over its standard
 * input and output by lsp4j's client, through initialize, diagnostics, completion, hover, definition and formatting.
 */
class LanguageServerProcessTest {

	private static final String PROTOCOL = """
			protocole essai "Essai" {
			  /** La mairie qui accueille. */
			  acteur mairie "La mairie" : collectivité
			  phase cadrage "Cadrage" { participants mairie }
			  phase terrain "Terrain" { après cadrage participants fantome }
			}
			""";

	private final LinkedBlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
	private Process server;
	private LanguageServer remote;

	@TempDir
	Path workspace;

	@BeforeEach
	void startTheServerProcess() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-Duser.language=fr", "-cp", System.getProperty("java.class.path"),
				"org.eclipse.xtext.ide.server.ServerLauncher").redirectError(ProcessBuilder.Redirect.appendTo(new File("target/language-server-process.log"))).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), server.getInputStream(),
				server.getOutputStream());
		launcher.startListening();
		remote = launcher.getRemoteProxy();
	}

	@AfterEach
	void stopTheServer() throws Exception {
		try {
			remote.shutdown().get(10, TimeUnit.SECONDS);
			remote.exit();
		} finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void anEditorGetsDiagnosticsCompletionHoverDefinitionAndFormatting() throws Exception {
		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "essai")));
		init.setRootUri(workspace.toUri().toString()); // a client without workspace-folder support gives only this
		init.setCapabilities(new ClientCapabilities());
		InitializeResult result = remote.initialize(init).get(60, TimeUnit.SECONDS);
		assertNotNull(result.getCapabilities().getCompletionProvider());
		remote.initialized(new InitializedParams());

		Path file = workspace.resolve("essai.coop");
		Files.writeString(file, PROTOCOL);
		String uri = file.toUri().toString();
		remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1, PROTOCOL)));
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);

		PublishDiagnosticsParams published = awaitDiagnosticsFor(uri);
		assertEquals(1, published.getDiagnostics().size(), published::toString);
		assertTrue(published.getDiagnostics().get(0).getMessage().getLeft().startsWith("« fantome »"), published::toString);

		List<CompletionItem> completion = remote.getTextDocumentService().completion(new CompletionParams(document, new Position(3, 41)))
				.get(30, TimeUnit.SECONDS).getRight().getItems();
		assertTrue(completion.stream().anyMatch(item -> item.getLabel().equals("mairie")), completion::toString);

		Hover hover = remote.getTextDocumentService().hover(new HoverParams(document, new Position(3, 43))).get(30, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("La mairie qui accueille."), hover::toString);

		List<? extends Location> definition = remote.getTextDocumentService().definition(new DefinitionParams(document, new Position(4, 36)))
				.get(30, TimeUnit.SECONDS).getLeft();
		assertEquals(3, definition.get(0).getRange().getStart().getLine(), "« après cadrage » leads to the phase");

		List<? extends TextEdit> formatting = remote.getTextDocumentService()
				.formatting(new DocumentFormattingParams(document, new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
		assertTrue(formatting.stream().anyMatch(edit -> edit.getNewText().contains("\n")), "blocks are laid out on lines: " + formatting);
	}

	private PublishDiagnosticsParams awaitDiagnosticsFor(String uri) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
			if (params != null && new File(java.net.URI.create(params.getUri())).equals(new File(java.net.URI.create(uri)))) {
				return params;
			}
		}
		throw new AssertionError("no diagnostics for " + uri);
	}

	/** The editor's side: records what the server publishes. */
	private final class RecordingClient implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
