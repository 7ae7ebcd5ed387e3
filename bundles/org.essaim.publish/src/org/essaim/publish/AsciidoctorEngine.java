/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.osgi.framework.FrameworkUtil;

/**
 * One Asciidoctor instance, created on first use (starting JRuby costs seconds) and reused; always in
 * SAFE mode, so that a document can never include a file from outside the workspace.
 */
public final class AsciidoctorEngine implements AutoCloseable {

	private Asciidoctor asciidoctor;
	private final List<String> warnings = new ArrayList<>();

	/** Converts a whole page to a standalone HTML document. */
	public synchronized RenderedPage render(String asciidoc, String pageName, Map<String, Object> attributes) {
		Asciidoctor engine = instance();
		warnings.clear();
		org.asciidoctor.AttributesBuilder builder = Attributes.builder();
		attributes.forEach(builder::attribute);
		Options options = Options.builder().safe(SafeMode.SAFE).standalone(true).attributes(builder.build()).build();
		String html = engine.convert(asciidoc, options);
		List<String> found = warnings.stream().map(w -> pageName + ": " + w).toList();
		return new RenderedPage(html, found);
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

	/** Keeps Asciidoctor's diagnostics with their line, to report them as Essaim's own warnings. */
	private final class CollectingLogHandler implements LogHandler {
		@Override
		public void log(LogRecord record) {
			String where = record.getCursor() == null || record.getCursor().getLineNumber() <= 0 ? ""
					: "ligne " + record.getCursor().getLineNumber() + " : ";
			warnings.add(record.getSeverity().name().toLowerCase(java.util.Locale.ROOT) + ": " + where + record.getMessage());
		}
	}
}
