/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(FrenchLocale.class)
class CaseFilesLoadErrorsTest {

	@TempDir
	Path folder;

	/** The canonical text of the full sample: every test breaks one thing in it. */
	private final String canonical = new String(CaseFiles.toBytes(SampleCases.full()), UTF_8);

	@Test
	void malformedXmlGivesLineAndColumn() throws IOException {
		String broken = canonical.replace("kind=\"petite_ville\"", "kind=petite_ville");
		CaseLoadException e = loadFails(broken);
		assertEquals(lineOf(broken, "kind=petite_ville"), e.getLine());
		assertTrue(e.getColumn() > 0);
		assertTrue(e.getReason().startsWith("XML mal formé"), e.getReason());
		assertTrue(e.getMessage().contains(":" + e.getLine() + ":" + e.getColumn() + " : "), e.getMessage());
	}

	@Test
	void aTruncatedFileIsSaidToBeTruncated() throws IOException {
		String truncated = canonical.substring(0, canonical.indexOf("  <actors"));
		CaseLoadException e = loadFails(truncated);
		assertTrue(e.getReason().startsWith("fichier tronqué"), e.getReason());
		assertTrue(e.getLine() >= truncated.lines().count() - 1, "ligne " + e.getLine());
	}

	@Test
	void aFileCutInsideATagIsSaidToBeTruncated() throws IOException {
		String truncated = canonical.substring(0, canonical.indexOf("role=\"porteur\"") + 8);
		assertTrue(loadFails(truncated).getReason().startsWith("fichier tronqué"));
	}

	@Test
	void aWrongEndTagIsMalformedNotTruncated() throws IOException {
		String broken = canonical.replace("</casestudy:CaseStudy>", "</casestudy:Case>");
		CaseLoadException e = loadFails(broken);
		assertTrue(e.getReason().startsWith("XML mal formé"), e.getReason());
		assertEquals(lineOf(broken, "</casestudy:Case>"), e.getLine());
	}

	@Test
	void anEmptyFileIsSaidToBeEmpty() throws IOException {
		assertTrue(loadFails("").getReason().startsWith("fichier vide"));
		assertTrue(loadFails("  \n").getReason().startsWith("fichier vide"));
	}

	@Test
	void aDoctypeWithAnExternalEntityIsRefusedAndTheFileIsNotRead() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "SECRET-42");
		String attack = canonical.replaceFirst("\n<casestudy:CaseStudy",
				"\n<!DOCTYPE casestudy:CaseStudy [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<casestudy:CaseStudy")
				.replace("title=\"Résidence", "title=\"&xxe; Résidence");
		CaseLoadException e = loadFails(attack);
		assertTrue(e.getReason().startsWith("déclaration DOCTYPE refusée"), e.getReason());
		assertEquals(2, e.getLine());
		assertFalse(stackTrace(e).contains("SECRET-42"), "le contenu du fichier secret n'apparaît nulle part");
	}

	@Test
	void noEntityNorDtdIsFetchedFromTheNetwork() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String address = "http://127.0.0.1:" + server.getLocalPort() + "/";
			loadFails(canonical.replaceFirst("\n<casestudy:CaseStudy",
					"\n<!DOCTYPE casestudy:CaseStudy SYSTEM \"" + address + "dtd\">\n<casestudy:CaseStudy"));
			loadFails(canonical.replaceFirst("\n<casestudy:CaseStudy",
					"\n<!DOCTYPE x [<!ENTITY % remote SYSTEM \"" + address + "entity\"> %remote;]>\n<casestudy:CaseStudy"));
			server.setSoTimeout(300);
			assertThrows(SocketTimeoutException.class, server::accept, "le parseur a tenté une connexion");
		}
	}

	@Test
	void entityExpansionBombsAreRefused() throws IOException {
		String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
				+ "<casestudy:CaseStudy xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" id=\"A\" title=\"&lol2;\"/>\n";
		assertTrue(loadFails(bomb).getReason().startsWith("déclaration DOCTYPE refusée"));
	}

	@Test
	void anUnknownEnumerationValueIsNamedWithTheAllowedOnes() throws IOException {
		String broken = canonical.replace("status=\"published\"", "status=\"archivé\"");
		CaseLoadException e = loadFails(broken);
		assertEquals("valeur « archivé » inconnue pour « status » ; valeurs admises : draft (brouillon), published (publié)",
				e.getReason());
		assertEquals(lineOf(broken, "status=\"archivé\""), e.getLine(), "la ligne de l'attribut fautif");
		assertEquals(5, e.getColumn());
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() throws IOException {
		String broken = canonical.replace("population=\"4600\"", "population=\"beaucoup\"");
		CaseLoadException e = loadFails(broken);
		assertEquals("valeur « beaucoup » invalide pour « population » : nombre entier attendu", e.getReason());
		assertEquals(lineOf(broken, "population=\"beaucoup\""), e.getLine());
	}

	@Test
	void anUnknownAttributeIsNamed() throws IOException {
		String broken = canonical.replace("role=\"porteur\"", "role=\"porteur\"\n      colour=\"bleu\"");
		CaseLoadException e = loadFails(broken);
		assertTrue(e.getReason().startsWith("« colour » inconnu dans « Actor »"), e.getReason());
		assertEquals(lineOf(broken, "colour=\"bleu\""), e.getLine());
	}

	@Test
	void anUnknownElementIsNamed() throws IOException {
		String broken = canonical.replace("  <actors", "  <gadgets/>\n  <actors");
		CaseLoadException e = loadFails(broken);
		assertTrue(e.getReason().startsWith("« gadgets » inconnu dans « CaseStudy »"), e.getReason());
		assertEquals(lineOf(broken, "<gadgets/>"), e.getLine());
	}

	@Test
	void aFileOfANewerModelVersionSaysSoAndIsLeftUntouched() throws IOException {
		String newer = canonical.replace("http://essaim.org/model/casestudy/1.0", "http://essaim.org/model/casestudy/2.0");
		CaseLoadException failure = loadFails(newer);
		assertTrue(failure.getReason().startsWith("ce fichier suit la version 2.0 du modèle des études de cas ; cette version d'Essaim lit la version 1.0"),
				failure.getReason());
		assertTrue(failure.getLine() > 0);
	}

	@Test
	void anotherNamespaceIsNotACaseStudy() throws IOException {
		String broken = canonical.replace("http://essaim.org/model/casestudy/1.0", "http://example.org/autre");
		assertTrue(loadFails(broken).getReason().startsWith("espace de noms « http://example.org/autre » inconnu"));
	}

	@Test
	void anotherRootIsNotACaseStudy() throws IOException {
		String territory = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casestudy:Territory xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:casestudy=\"http://essaim.org/model/casestudy/1.0\" name=\"x\"/>\n";
		assertTrue(loadFails(territory).getReason().startsWith("le fichier ne contient pas d'étude de cas"));
	}

	@Test
	void anUnresolvedSourceIsNamedInFrenchWithTheSourceMeant() throws IOException {
		String broken = canonical.replaceFirst("evidence=\"s1\"", "evidence=\"s11\"");
		assertTrue(!broken.equals(canonical), "the sample cites its source s1");
		CaseLoadException e = loadFails(broken);
		assertEquals("« s11 » (attribut « evidence ») : aucune source de ce cas ne porte cet identifiant ; vouliez-vous dire « s1 » ?",
				e.getReason());
		assertEquals(lineOf(broken, "evidence=\"s11\""), e.getLine());
		assertFalse(e.getMessage().contains("Unresolved"), e.getMessage());
	}

	@Test
	void anUnresolvedSourceFarFromAnyListsTheDeclaredOnes() throws IOException {
		CaseLoadException e = loadFails(canonical.replaceFirst("evidence=\"s1\"", "evidence=\"rapport\""));
		assertTrue(e.getReason().endsWith("cet identifiant ; identifiants déclarés : s1"), e.getReason());
	}

	@Test
	void aByteThatIsNotUtf8IsPlacedExactly() throws IOException {
		int at = canonical.indexOf("<summary>") + "<summary>".length();
		// "Été " pasted from a Latin-1 editor into an otherwise UTF-8 file.
		byte[] before = canonical.substring(0, at).getBytes(UTF_8);
		byte[] pasted = { (byte) 0xC9, 't', (byte) 0xE9, ' ' };
		byte[] after = canonical.substring(at).getBytes(UTF_8);
		Path file = folder.resolve("LATIN1.case");
		Files.write(file, java.nio.ByteBuffer.allocate(before.length + pasted.length + after.length).put(before).put(pasted).put(after).array());
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		int line = lineOf(canonical, "<summary>");
		int column = canonical.lines().toList().get(line - 1).indexOf("<summary>") + "<summary>".length() + 1;
		assertEquals(line, e.getLine());
		assertEquals(column, e.getColumn());
		assertTrue(e.getReason().startsWith("octet 0xC9 invalide en UTF-8 (ligne " + line + ", colonne " + column + ")"), e.getReason());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
	}

	@Test
	void aMissingFileIsSaidToBeMissing() {
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(folder.resolve("ABSENT.case")));
		assertEquals("fichier introuvable", e.getReason());
		assertEquals(folder.resolve("ABSENT.case"), e.getFile());
	}

	private CaseLoadException loadFails(String content) throws IOException {
		Path file = folder.resolve("BROKEN.case");
		Files.writeString(file, content, UTF_8);
		CaseLoadException e = assertThrows(CaseLoadException.class, () -> CaseFiles.load(file));
		assertEquals(file, e.getFile());
		assertEquals(content, Files.readString(file, UTF_8), "a failed load never touches the file");
		return e;
	}

	/** The 1-based line of the first line containing {@code fragment}. */
	private static int lineOf(String text, String fragment) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError(fragment);
	}

	private static String stackTrace(Throwable thrown) {
		StringWriter out = new StringWriter();
		thrown.printStackTrace(new PrintWriter(out));
		return out.toString();
	}
}
