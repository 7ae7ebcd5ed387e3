/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an outside attack found on the command line: crashes that exited 0 with a thousand-line trace, hostile
 * text echoed raw to the terminal, commands that succeeded without doing their work. Some run in this JVM,
 * the memory exhaustion in a JVM of its own with a small heap, as the command runs for real.
 */
class CrashAndHostileInputTest {

	private static final Pattern LOG_FILE = Pattern.compile("(/\\S+/crash-\\S+\\.log)");

	@TempDir
	Path cwd;
	@TempDir
	Path indexDir;
	@TempDir
	Path state;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void frenchFirst() {
		Locale.setDefault(Locale.FRENCH);
	}

	@BeforeEach
	void writeWorkspace() throws IOException {
		System.setProperty(CrashReport.STATE_PROPERTY, state.toString());
		Files.createDirectories(cwd.resolve("ws"));
		Files.writeString(cwd.resolve("ws/residence.coop"), """
				protocole residence "Résidences de designers" {
				  acteur mairie "La mairie" : collectivité
				  phase immersion "Immersion" { participants mairie }
				}
				""");
	}

	@AfterEach
	void forgetState() {
		System.clearProperty(CrashReport.STATE_PROPERTY);
		Locale.setDefault(Locale.FRENCH);
	}

	/** A command that fails the way a bug does. */
	private record Failing(Throwable error) implements Command {
		@Override
		public String name() {
			return "plante";
		}

		@Override
		public String operands() {
			return "";
		}

		@Override
		public String summary() {
			return "";
		}

		@Override
		public Options options() {
			return new Options();
		}

		@Override
		public int run(CommandContext context, CommandLine line) throws Exception {
			context.out().println("début");
			if (error instanceof Exception exception) {
				throw exception;
			}
			throw (Error) error;
		}
	}

	private int run(Command extra, String... args) {
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), extra).run(args);
	}

	private int run(String... args) {
		return new EssaimCommandLine(cwd, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
	}

	private String out() {
		return out.toString(UTF_8);
	}

	private String err() {
		return err.toString(UTF_8);
	}

	@Test
	void anErrorEndsInOneFrenchLineALogFileAndExitCode70() throws IOException {
		assertEquals(70, run(new Failing(new StackOverflowError()), "plante"));
		assertEquals("début\n", out(), "no trace on stdout");
		List<String> lines = err().lines().toList();
		assertEquals(1, lines.size(), err());
		assertTrue(lines.get(0).startsWith("essaim plante : entrée trop imbriquée pour être traitée (StackOverflowError)"), lines.get(0));
		Path log = logFileNamedIn(lines.get(0));
		assertTrue(log.startsWith(state.resolve("logs")), log.toString());
		String logged = Files.readString(log);
		assertTrue(logged.contains("java.lang.StackOverflowError") && logged.contains("CrashAndHostileInputTest"), logged);
	}

	@Test
	void anUnexpectedRuntimeFailureIsAnInternalErrorToo() throws IOException {
		assertEquals(1, run(new Failing(new IllegalStateException("état")), "plante"), "an exception of a command stays a failure (1)");
		assertTrue(err().contains("échec : état"), err());
		err.reset();
		assertEquals(70, run(new Failing(new AssertionError("bogue")), "plante"));
		assertTrue(err().startsWith("essaim plante : erreur interne (AssertionError), la commande s'est arrêtée ; journal complet : "), err());
		assertTrue(Files.readString(logFileNamedIn(err())).contains("bogue"));
	}

	@Test
	void theErrorLineIsInEnglishForEnglishUsers() {
		Locale.setDefault(Locale.ENGLISH);
		assertEquals(70, run(new Failing(new OutOfMemoryError("Java heap space")), "plante"));
		assertTrue(err().startsWith("essaim plante: out of memory (OutOfMemoryError, "), err());
		assertTrue(err().contains("ESSAIM_JAVA_OPTS=-Xmx4g"), err());
	}

	@Test
	void helpDocumentsTheInternalErrorCode() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("70 erreur interne (son journal complet est écrit dans " + state.resolve("logs") + ")"), out());
	}

	@Test
	void tenThousandNestedParenthesesGetAMessageNotACrash() {
		String nested = "(".repeat(10_000) + "résidence" + ")".repeat(10_000);
		assertEquals(1, run("search", "ws", nested, "--index-dir", indexDir.toString()));
		assertEquals("essaim search: la requête imbrique 10\u202F000 niveaux de parenthèses, 32 au plus : simplifiez-la\n", err());
	}

	@Test
	void aThousandWordQueryAnswersAndSaysItWasCut() {
		String words = String.join(" ", java.util.Collections.nCopies(500, "résidence économie sociale et solidaire"));
		assertEquals(0, run("search", "ws", words, "--index-dir", indexDir.toString()));
		assertTrue(err().contains("requête coupée : seuls ses "), err());
		assertTrue(err().contains("premiers mots (sur 2\u202F500) ont été cherchés"), err());
	}

	@Test
	void operatorsAloneGetAFrenchMessage() {
		assertEquals(1, run("search", "ws", "AND OR NOT", "--index-dir", indexDir.toString()));
		assertEquals("essaim search: requête incompréhensible « AND OR NOT » : la requête ne contient que des opérateurs (AND, OR, NOT, +, -) : "
				+ "tapez les mots à chercher\n", err());
	}

	@Test
	void terminalEscapesOfAProtocolAreShownNotObeyed() throws IOException {
		Files.writeString(cwd.resolve("ws/piege.coop"), "protocole piege \"T\u001B]0;pwned\u0007\" {\n  phase x\u001B[2J \"X\" { }\n}\n");
		assertEquals(1, run("validate", "ws"));
		String printed = out() + err();
		assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F), printed);
		assertTrue(printed.contains("« \\u001B »"), printed);
	}

	@Test
	void escapedTextKeepsLineBreaksTabsAndAccents() {
		assertEquals("a\tb\r\nc — é\\u001B[31m\\u009B\\u202E\\u0000\\u000D", TerminalSafeStream.escape("a\tb\r\nc — é\u001B[31m\u009B\u202E\u0000\r"));
	}

	@Test
	void validatingAFolderWithoutWorkspaceFilesFails() throws IOException {
		Files.createDirectories(cwd.resolve("vide"));
		Files.writeString(cwd.resolve("vide/notes.txt"), "rien");
		assertEquals(1, run("validate", "vide"));
		assertTrue(err().contains("« vide » ne contient aucun fichier de l'espace de travail (ni protocole .coop ni cas .case)"), err());
		assertEquals(1, run("validate", "vide/notes.txt"));
		assertTrue(err().contains("« vide/notes.txt » n'est ni un protocole (.coop) ni un cas (.case)"), err());
	}

	@Test
	void indexFailsAndNamesTheCasesItCouldNotRead() throws IOException {
		Files.createDirectories(cwd.resolve("ws/cases"));
		Files.writeString(cwd.resolve("ws/cases/CASSE.case"), "<?xml version=\"1.0\"?>\n<casestudy:CaseStudy");
		assertEquals(1, run("index", "ws", "--index-dir", indexDir.toString()));
		assertTrue(out().contains("1 document(s) indexé(s)"), out());
		assertTrue(err().contains("ws/cases/CASSE.case:"), err());
		assertTrue(err().contains("essaim index: 1 fichier illisible laissé hors de l'index (voir ci-dessus) : ws/cases/CASSE.case"), err());
	}

	@Test
	void numbersInFrenchTextAreGroupedTheFrenchWay() {
		assertTrue(Messages.format("index.done", 1, 0, 1, 9419L, "x").contains("(9\u202F419 ms)"));
		assertEquals("12\u202F345,68", Numbers.decimal(12_345.678, 2));
		Locale.setDefault(Locale.ENGLISH);
		assertTrue(Messages.format("index.done", 1, 0, 1, 9419L, "x").contains("(9,419 ms)"));
		assertEquals("12,345.68", Numbers.decimal(12_345.678, 2));
	}

	/** The command run for real in its own JVM with a 64 MB heap, validating a protocol that needs far more. */
	@Test
	void runningOutOfMemoryExitsWith70AndSaysSoInOneLine() throws Exception {
		StringBuilder big = new StringBuilder("protocole gros \"Gros\" {\n  acteur a \"A\" : association\n");
		for (int i = 0; big.length() < 12_000_000; i++) {
			big.append("  phase p").append(i).append(" \"Phase ").append(i).append("\" { participants a description \"")
					.append("x".repeat(40)).append("\" }\n");
		}
		Files.writeString(cwd.resolve("ws/gros.coop"), big.append("}\n"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
				"-XX:+UseSerialGC", "-Duser.language=fr", "-D" + CrashReport.STATE_PROPERTY + "=" + state, "-Dessaim.cwd=" + cwd, "-cp",
				System.getProperty("java.class.path"), Main.class.getName(), "validate", "ws"));
		Process process = new ProcessBuilder(command).directory(cwd.toFile()).start();
		process.getOutputStream().close();
		byte[] stdout = process.getInputStream().readAllBytes();
		String stderr = new String(process.getErrorStream().readAllBytes(), UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES));
		assertEquals(70, process.exitValue(), stderr);
		List<String> lines = stderr.lines().filter(line -> !line.startsWith("WARNING")).toList();
		assertEquals(1, lines.size(), stderr);
		assertTrue(lines.get(0).startsWith("essaim validate : mémoire insuffisante (OutOfMemoryError, "), lines.get(0));
		assertFalse(new String(stdout, UTF_8).contains("at org."), "no trace on stdout");
		assertTrue(Files.readString(logFileNamedIn(lines.get(0))).contains("java.lang.OutOfMemoryError"));
	}

	private static Path logFileNamedIn(String line) {
		Matcher matcher = LOG_FILE.matcher(line);
		assertTrue(matcher.find(), line);
		Path log = Path.of(matcher.group(1));
		assertTrue(Files.isRegularFile(log), log.toString());
		return log;
	}
}
