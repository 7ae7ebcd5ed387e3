/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile {@code .case} files: external entities, DTDs, billion laughs. Each is refused, says why, reads nothing. */
class HostileCaseFilesTest {

	private static final String ROOT = "<casestudy:CaseStudy xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" id=\"X\" title=\"&x;\"/>\n";

	@TempDir
	Path temp;

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	private CaseLoadException refused(String xml) throws IOException {
		Path file = temp.resolve("HOSTILE.case");
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		return assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
	}

	@Test
	void anExternalEntityOnALocalFileIsRefusedUnread() throws IOException {
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "MOT-DE-PASSE-SECRET");
		CaseLoadException e = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + ROOT);
		assertTrue(e.getReason().contains("DOCTYPE"), e.getReason());
		assertFalse(e.getMessage().contains("MOT-DE-PASSE-SECRET"));
		assertEquals(2, e.getLine(), "the DOCTYPE's line");
	}

	@Test
	void externalEntitiesAndDtdsOnTheNetworkOpenNoConnection() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
			refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + url + "\">]>\n" + ROOT);
			refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"" + url + "\">\n" + ROOT);
			refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n" + ROOT);
			server.setSoTimeout(500);
			assertThrows(SocketTimeoutException.class, server::accept, "the loader connected to the entity's server");
		}
	}

	@Test
	void anUnknownNamespaceOrSchemaLocationIsNeverFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			String base = "http://127.0.0.1:" + server.getLocalPort();
			CaseLoadException newer = refused("<?xml version=\"1.0\"?>\n" + ROOT.replace("&x;", "T")
					.replace("http://essaim.org/model/casestudy/1.0", base + "/model/casestudy/9.0"));
			assertTrue(newer.getReason().contains(base), newer.getReason());
			refused("<?xml version=\"1.0\"?>\n" + ROOT.replace("&x;", "T").replace("xmi:version", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
					+ "xsi:schemaLocation=\"" + base + "/ns " + base + "/x.ecore\" xmlns:h=\"" + base + "/ns\" h:a=\"1\" xmi:version"));
			server.setSoTimeout(500);
			assertThrows(SocketTimeoutException.class, server::accept, "the loader fetched a package from the network");
		}
	}

	@Test
	void billionLaughsIsRefusedBeforeExpanding() throws IOException {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY l0 \"ha\">\n");
		for (int i = 1; i <= 10; i++) {
			dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		dtd.append("<!ENTITY x \"&l10;\">\n]>\n");
		CaseLoadException e = refused(dtd + ROOT);
		assertTrue(e.getReason().contains("DOCTYPE"), e.getReason());
	}

	@Test
	void anXml11FileWithControlCharactersIsRefusedSinceItCouldNotBeSaved() throws IOException {
		CaseLoadException e = refused("<?xml version=\"1.1\"?>\n" + ROOT.replace("&x;", "a&#1;b"));
		assertTrue(e.getReason().contains("U+0001"), e.getReason());
		assertTrue(e.getReason().contains("title"), e.getReason());
	}

	@Test
	void anEnormousCaseIsRefusedBeforeBeingRead() throws IOException {
		Path file = temp.resolve("ENORME.case");
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT.replace("title=\"&x;\"/>", "title=\"T\"><body>");
		try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(head);
			String line = "Une ligne de texte ordinaire, répétée pour faire un très gros fichier.\n";
			for (long written = 0; written < 50L << 20; written += line.length()) {
				out.write(line);
			}
			out.write("</body></casestudy:CaseStudy>\n");
		}
		long size = Files.size(file);
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertTrue(e.getReason().contains("trop volumineux"), e.getReason());
		assertEquals(size, Files.size(file), "the refused file was changed");
	}
}
