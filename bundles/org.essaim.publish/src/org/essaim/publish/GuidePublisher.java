/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.ProtocolDocument;

/**
 * Publishes a workspace as the practice guide: an HTML site with a home page, a method card per protocol
 * and a sheet per case. The same workspace always gives byte-identical pages (no timestamps).
 */
public final class GuidePublisher implements AutoCloseable {

	private final AsciidoctorEngine engine = new AsciidoctorEngine();

	/** Writes the guide's pages under {@code out}, replacing earlier versions of them. */
	public PublishReport publish(EssaimWorkspace workspace, Path out) throws IOException {
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("index", IndexPage.asciidoc(workspace.protocols(), workspace.cases()));
		for (ProtocolDocument protocol : workspace.protocols()) {
			List<CaseDocument> using = workspace.cases().stream()
					.filter(c -> protocol.protocol().getName().equals(c.caseStudy().getProtocol())).toList();
			sources.put(PageNames.protocol(protocol.protocol().getName()), ProtocolPage.asciidoc(protocol.protocol(), using));
		}
		for (CaseDocument caseDocument : workspace.cases()) {
			String followed = caseDocument.caseStudy().getProtocol();
			ProtocolDocument protocol = followed == null ? null : workspace.findProtocol(followed).orElse(null);
			sources.put(PageNames.caseStudy(caseDocument.caseStudy().getId()), CasePage.asciidoc(caseDocument.caseStudy(),
					protocol == null ? null : PageNames.protocol(followed), protocol == null ? null : protocol.protocol().getTitle()));
		}
		return render(sources, out);
	}

	private PublishReport render(Map<String, String> sources, Path out) throws IOException {
		List<Path> pages = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Path root = out.toAbsolutePath().normalize();
		for (Map.Entry<String, String> source : sources.entrySet()) {
			RenderedPage page = engine.render(source.getValue(), source.getKey(), attributes());
			warnings.addAll(page.warnings());
			Path file = root.resolve(source.getKey() + ".html").normalize();
			if (!file.startsWith(root)) {
				throw new IOException("page outside the output folder: " + source.getKey());
			}
			Files.createDirectories(file.getParent());
			Files.writeString(file, page.html(), StandardCharsets.UTF_8);
			pages.add(file);
		}
		return new PublishReport(List.copyOf(pages), List.copyOf(warnings));
	}

	/** Attributes of every page: French labels, no footer (its "last updated" date breaks reproducibility). */
	private static Map<String, Object> attributes() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		boolean english = Locale.getDefault().getLanguage().equals("en");
		attributes.put("lang", english ? "en" : "fr");
		attributes.put("nofooter", "");
		attributes.put("reproducible", "");
		attributes.put("table-caption!", "");
		attributes.put("toc-title", english ? "Contents" : "Sommaire");
		attributes.put("last-update-label!", "");
		attributes.put("sectanchors", "");
		return attributes;
	}

	@Override
	public void close() {
		engine.close();
	}
}
