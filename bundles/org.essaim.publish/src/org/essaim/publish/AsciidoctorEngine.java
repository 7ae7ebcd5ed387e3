/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.osgi.framework.FrameworkUtil;

/**
 * One Asciidoctor instance, created on first use (starting JRuby costs seconds) and reused; always in SAFE mode with
 * the base folder as jail, so that a document can never include a file from outside it. Asciidoctor's warnings are
 * kept with the line they point at, prefixed with the file the reader knows ({@code where}).
 */
public final class AsciidoctorEngine implements AutoCloseable {

	private Asciidoctor asciidoctor;
	private final List<LogRecord> records = new ArrayList<>();

	/** Converts a whole page to a standalone HTML document, jailed in the working directory. */
	public RenderedPage render(String asciidoc, String where, Map<String, Object> attributes) {
		return render(asciidoc, where, Path.of("").toAbsolutePath(), attributes);
	}

	/** Converts a whole page to a standalone HTML document; includes resolve inside {@code baseDir} only. */
	public synchronized RenderedPage render(String asciidoc, String where, Path baseDir, Map<String, Object> attributes) {
		Asciidoctor engine = instance();
		records.clear();
		Options options = Options.builder().safe(SafeMode.SAFE).standalone(true).baseDir(baseDir.toFile()).attributes(attributes(attributes)).build();
		String html = engine.convert(asciidoc, options);
		return new RenderedPage(html, warnings(where));
	}

	/** Converts a book to PDF (asciidoctor-pdf) at {@code pdf}; returns the warnings. */
	public synchronized List<String> renderPdf(String asciidoc, String where, Path baseDir, Map<String, Object> attributes, Path pdf) {
		Asciidoctor engine = instance();
		records.clear();
		Options options = Options.builder().safe(SafeMode.SAFE).standalone(true).backend("pdf").baseDir(baseDir.toFile())
				.toFile(new File(pdf.toAbsolutePath().toString())).mkDirs(true).attributes(attributes(attributes)).build();
		engine.convert(asciidoc, options);
		return warnings(where);
	}

	private static Attributes attributes(Map<String, Object> attributes) {
		AttributesBuilder builder = Attributes.builder();
		attributes.forEach(builder::attribute);
		return builder.build();
	}

	/** Warnings and worse, as {@code where:line: severity: message}. */
	private List<String> warnings(String where) {
		List<String> found = new ArrayList<>();
		for (LogRecord record : records) {
			if (record.getSeverity().ordinal() < Severity.WARN.ordinal()) {
				continue;
			}
			int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
			found.add(where + (line > 0 ? ":" + line : "") + ": " + Labels.text("severity." + record.getSeverity().name()) + " : "
					+ record.getMessage());
		}
		records.clear();
		return found;
	}

	private Asciidoctor instance() {
		if (asciidoctor == null) {
			asciidoctor = isInsideOsgi() ? OsgiAsciidoctorFactory.create() : Asciidoctor.Factory.create();
			asciidoctor.registerLogHandler(new CollectingLogHandler());
		}
		return asciidoctor;
	}

	private static boolean isInsideOsgi() {
		return FrameworkUtil.getBundle(AsciidoctorEngine.class) != null;
	}

	@Override
	public synchronized void close() {
		if (asciidoctor != null) {
			asciidoctor.shutdown();
			asciidoctor = null;
		}
	}

	/** Keeps Asciidoctor's diagnostics of the conversion under way. */
	private final class CollectingLogHandler implements LogHandler {
		@Override
		public void log(LogRecord record) {
			records.add(record);
		}
	}
}
