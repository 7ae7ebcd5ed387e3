/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.essaim.core.EssaimWorkspace;
import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.Lesson;
import org.essaim.publish.GuidePublisher;
import org.essaim.publish.PublishOptions;
import org.essaim.publish.PublishReport;

/**
 * Publishing the guide: the example workspace (HTML, then PDF), then a generated workspace of N cases and N/20
 * protocols: HTML cold (JRuby start included), all pages rendered again with JRuby warm, republish after one case
 * changed, republish with no change, the PDF book; and, side by side, the Ruby {@code asciidoctor} command on the
 * same generated AsciiDoc. Prints figures, asserts nothing; everything is written in a temporary folder, removed after.
 */
final class PublishBenchmark implements BenchCommand.Benchmark {

	@Override
	public int defaultCount() {
		return 1000;
	}

	@Override
	public void run(CommandContext context, int count) throws Exception {
		Path folder = Files.createTempDirectory("essaim-bench-publish");
		try {
			example(context, folder);
			generated(context, folder, count);
		} finally {
			if (System.getenv("ESSAIM_BENCH_KEEP") == null) {
				delete(folder);
			} else {
				context.out().println(folder);
			}
		}
	}

	private static void example(CommandContext context, Path folder) throws IOException {
		Path examples = findExamples(context.workingDirectory());
		if (examples == null) {
			context.out().println(Messages.format("bench.publish.noExamples"));
			return;
		}
		EssaimWorkspace workspace = EssaimWorkspace.load(examples);
		long start = System.nanoTime();
		PublishReport html;
		try (GuidePublisher publisher = new GuidePublisher()) {
			html = publisher.publish(workspace, folder.resolve("exemple-html"), PublishOptions.site());
		}
		double htmlSeconds = seconds(start);
		start = System.nanoTime();
		PublishReport pdf;
		try (GuidePublisher publisher = new GuidePublisher()) {
			pdf = publisher.publish(workspace, folder.resolve("exemple-pdf"), PublishOptions.site().withHtml(false).withPdf(true));
		}
		double pdfSeconds = seconds(start);
		context.out().println(Messages.format("bench.publish.example", count(workspace.cases().size()), count(workspace.protocols().size()),
				count(html.pages().size()), format(htmlSeconds), count(pdfPages(pdf.pdf())), format(pdfSeconds), count(Files.size(pdf.pdf()) / 1024)));
	}

	private static void generated(CommandContext context, Path folder, int count) throws Exception {
		int protocols = Math.max(1, count / 20);
		Path workspaceDir = folder.resolve("espace");
		long start = System.nanoTime();
		writeWorkspace(workspaceDir, count, protocols);
		EssaimWorkspace workspace = EssaimWorkspace.load(workspaceDir);
		context.out().println(Messages.format("bench.publish.generated", count(workspace.cases().size()), count(workspace.protocols().size()),
				format(seconds(start))));
		Path out = folder.resolve("site");
		try (GuidePublisher publisher = new GuidePublisher()) {
			start = System.nanoTime();
			PublishReport cold = publisher.publish(workspace, out, PublishOptions.site());
			double coldSeconds = seconds(start);
			context.out().println(Messages.format("bench.publish.html", count(cold.pages().size()), format(coldSeconds),
					format(cold.pages().size() / coldSeconds), count(cold.warnings().size())));
			Path again = folder.resolve("site-bis");
			start = System.nanoTime();
			publisher.publish(workspace, again, PublishOptions.site());
			double rerender = seconds(start);
			context.out().println(Messages.format("bench.publish.rerender", format(rerender), format(cold.pages().size() / rerender)));
			changeOneCase(workspaceDir);
			start = System.nanoTime();
			PublishReport warm = publisher.publish(EssaimWorkspace.load(workspaceDir), out, PublishOptions.site());
			context.out().println(Messages.format("bench.publish.warm", format(seconds(start)), count(warm.rendered()), count(warm.unchanged())));
			start = System.nanoTime();
			publisher.publish(EssaimWorkspace.load(workspaceDir), out, PublishOptions.site());
			context.out().println(Messages.format("bench.publish.noop", format(seconds(start))));
		}
		ruby(context, folder.resolve("ruby"), out);
		start = System.nanoTime();
		PublishReport pdf;
		try (GuidePublisher publisher = new GuidePublisher()) {
			pdf = publisher.publish(EssaimWorkspace.load(workspaceDir), folder.resolve("livre"), PublishOptions.site().withHtml(false).withPdf(true));
		}
		context.out().println(Messages.format("bench.publish.pdf", format(seconds(start)), count(pdfPages(pdf.pdf())),
				count(Files.size(pdf.pdf()) / 1024)));
	}

	/** The Ruby command on the AsciiDoc Essaim kept, with the attributes Essaim gives, in one process as one would run it. */
	private static void ruby(CommandContext context, Path rubyOut, Path site) throws IOException, InterruptedException {
		Path sources = site.resolve(GuidePublisher.SOURCES);
		List<String> files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = walk.filter(f -> f.toString().endsWith(".adoc")).map(f -> sources.relativize(f).toString()).sorted().toList();
		}
		// SAFE mode jails the output folder too: the base folder (-B) holds both the sources and the Ruby output
		List<String> command = new ArrayList<>(List.of("asciidoctor", "-S", "safe", "-B", rubyOut.getParent().toString(), "-a", "copycss!",
				"-a", "nofooter", "-a", "linkcss", "-a", "stylesheet=essaim.css",
				"-a", "reproducible", "-a", "lang=fr", "-a", "table-caption!", "-a", "toc=auto", "-a", "sectanchors", "-a", "attribute-missing=warn",
				"-R", sources.toString(), "-D", rubyOut.toString()));
		files.forEach(f -> command.add(sources.resolve(f).toString()));
		String version;
		try {
			version = new String(new ProcessBuilder("asciidoctor", "--version").redirectErrorStream(true).start().getInputStream().readAllBytes(),
					StandardCharsets.UTF_8).lines().findFirst().orElse("").replaceFirst("^Asciidoctor ", "").replaceFirst(" \\[.*", "");
		} catch (IOException e) {
			context.out().println(Messages.format("bench.publish.rubyMissing"));
			return;
		}
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		double seconds = seconds(start);
		context.out().println(Messages.format("bench.publish.ruby", version, count(files.size()), format(seconds), count(errors.lines().count())));
		errors.lines().limit(5).forEach(context.err()::println);
	}

	/** N cases (the case benchmark's generator), each following one of the protocols, one in ten with a lesson from a failure. */
	private static void writeWorkspace(Path folder, int count, int protocols) throws IOException {
		Files.createDirectories(folder);
		for (int p = 0; p < protocols; p++) {
			Files.writeString(folder.resolve(String.format("bench_%03d.coop", p)), protocol(p), StandardCharsets.UTF_8);
		}
		GeneratedCases generator = new GeneratedCases(42);
		for (int i = 0; i < count; i++) {
			CaseStudy c = generator.next(i);
			c.setProtocol(String.format("bench_%03d", i % protocols));
			if (i % 10 == 0) {
				Lesson failure = org.essaim.model.casestudy.CasestudyFactory.eINSTANCE.createLesson();
				failure.setText("Le prototype n°" + i + " a échoué : le budget de 20 k€ était trop court pour tester en situation réelle.");
				failure.setFromFailure(true);
				c.getLessons().add(failure);
			}
			CaseFiles.save(c, folder.resolve(c.getId() + ".case"));
		}
	}

	private static void changeOneCase(Path folder) throws IOException {
		Path file = folder.resolve("BENCH-00007.case");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("Une équipe pluridisciplinaire", "Une équipe pluridisciplinaire (résumé revu)"), StandardCharsets.UTF_8);
	}

	private static String protocol(int number) {
		return String.format(Locale.ROOT, """
				protocole bench_%03d "Protocole de résidence n°%d" {
					résumé "Une équipe pluridisciplinaire en résidence dans une collectivité part de l'expérience vécue des usagers."
					version "1.0"
					licence "CC BY-SA 4.0"
					statut en-test
					acteur collectivite "Collectivité d'accueil" : collectivité droit-public local
					acteur equipe "Équipe en résidence" : designer rôle "conception"
					acteur usagers "Usagers et agents" : citoyens
					acteur entreprise "Entreprise partenaire" : entreprise droit-privé
					méthode atelier "Atelier de co-conception" {
						description "Un atelier de trois heures avec usagers et agents."
						matériel "post-it", "grandes feuilles", "feutres"
						taille 8-15 personnes
						durée 3 heures
						étape "Accueil et règles du jeu" 15 minutes
						étape "Récits d'usage" 60 minutes
						étape "Idées et premiers croquis" 90 minutes
					}
					phase cadrage "Cadrage du sujet" {
						description "La collectivité et l'équipe choisissent le sujet prioritaire."
						participants collectivite comme "accueil", equipe
						durée 1 mois
						entrée "Un sujet de politique publique"
						livrable "Sujet prioritaire de la résidence"
					}
					phase immersion "Immersion" {
						après cadrage
						participants equipe, usagers
						méthode atelier
						durée 3 semaines
						livrable "Carnet d'immersion"
					}
					phase test "Prototypes en situation réelle" {
						après immersion
						participants equipe, usagers, entreprise
						durée 2 mois
						livrable "Rapport de test"
					}
				}
				""", number, number);
	}

	private static Path findExamples(Path from) {
		for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples/cases"))) {
				return dir.resolve("examples");
			}
		}
		return null;
	}

	private static int pdfPages(Path pdf) throws IOException {
		String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		int pages = 0;
		for (int i = text.indexOf("/Type /Page"); i >= 0; i = text.indexOf("/Type /Page", i + 1)) {
			if (!text.startsWith("/Type /Pages", i)) {
				pages++;
			}
		}
		return pages;
	}

	/** A count grouped by thousands as the messages' language writes it. */
	private static String count(long value) {
		return Numbers.decimal(value, 0);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String format(double value) {
		return Numbers.decimal(value, 2);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
