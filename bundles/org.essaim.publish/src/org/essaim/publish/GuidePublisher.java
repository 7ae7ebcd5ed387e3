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
import java.util.Map;

import org.essaim.core.EssaimWorkspace;

/**
 * Publishes a workspace as the practice guide: a multi-page HTML site and/or a PDF book, from the same generated
 * AsciiDoc (kept under {@code _sources/} in the output folder). The same workspace always gives byte-identical
 * output (no timestamps); republishing renders again only the outputs whose inputs changed.
 */
public final class GuidePublisher implements AutoCloseable {

	/** The folder, inside the output, holding the AsciiDoc the guide was rendered from. */
	public static final String SOURCES = "_sources";
	/** The PDF book's file name. */
	public static final String BOOK = "guide.pdf";
	private static final String BOOK_SOURCE = "livre";
	/** Changes when the rendering changes in a way the AsciiDoc does not show (chrome, stylesheet, attributes). */
	private static final String RENDERING_VERSION = "essaim-publish 4";

	/** Below this many pages to render, one engine does it all (a second JRuby start costs more than it saves). */
	private static final int PARALLEL_FROM = 200;
	/**
	 * A second engine only where two cores are left for it: measured on a 2-core machine, two JRuby runtimes rendered
	 * 1,157 pages in 8.1 s against 4.9-5.8 s for one (they compete for the cores with their own JIT).
	 */
	private static final int MAX_ENGINES = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() / 2));
	private final int parallelFrom;
	private final int maxEngines;

	/** The first engine renders the book, the stylesheet and small publications; others join for large sites. */
	private final List<AsciidoctorEngine> engines = new ArrayList<>(List.of(new AsciidoctorEngine()));

	public GuidePublisher() {
		this(PARALLEL_FROM, MAX_ENGINES);
	}

	/** For tests and measures: share the rendering between up to {@code maxEngines} engines from {@code parallelFrom} pages. */
	GuidePublisher(int parallelFrom, int maxEngines) {
		this.parallelFrom = parallelFrom;
		this.maxEngines = maxEngines;
	}

	/** The HTML site, in French. */
	public PublishReport publish(EssaimWorkspace workspace, Path out) throws IOException {
		return publish(workspace, out, PublishOptions.site());
	}

	public synchronized PublishReport publish(EssaimWorkspace workspace, Path out, PublishOptions options) throws IOException {
		Labels.use(options.lang());
		Path root = out.toAbsolutePath().normalize();
		Files.createDirectories(root);
		List<String> warnings = new ArrayList<>();
		List<EditorialChapters.Chapter> editorial = EditorialChapters.read(workspace.root());
		editorial.forEach(chapter -> warnings.addAll(chapter.warnings()));
		GuideContent content = new GuideContent(workspace, editorial);
		PublishManifest manifest = PublishManifest.read(root);
		Counts counts = new Counts();
		List<Path> pages = new ArrayList<>();
		if (options.html()) {
			pages = site(workspace, content.pages(false), root, manifest, warnings, counts, options.progress());
		}
		Path pdf = null;
		if (options.pdf()) {
			pdf = book(content.pages(true), root, manifest, warnings, counts);
		}
		manifest.write(root);
		return new PublishReport(List.copyOf(pages), pdf, counts.rendered, counts.unchanged, List.copyOf(warnings));
	}

	private List<Path> site(EssaimWorkspace workspace, List<GuidePage> pages, Path root, PublishManifest manifest, List<String> warnings,
			Counts counts, PublishProgress progress) throws IOException {
		List<GuidePage> chapters = pages.stream().filter(p -> p.isChapter() && !p.name().equals("index")).toList();
		Map<String, Object> attributes = htmlAttributes();
		List<Path> written = new ArrayList<>();
		java.util.Set<String> current = new java.util.HashSet<>();
		List<PageJob> jobs = new ArrayList<>();
		for (GuidePage page : pages) {
			String output = page.name() + ".html";
			current.add(output);
			Path file = inside(root, output);
			written.add(file);
			String hash = PublishManifest.hash(RENDERING_VERSION, Labels.language(), attributes.toString(), SiteChrome.header(page, chapters),
					page.asciidoc(), images(page));
			PublishManifest.Entry previous = manifest.get(output);
			Path source = inside(root, SOURCES + "/" + page.name() + ".adoc");
			boolean imagesThere = true;
			for (String image : page.images().keySet()) {
				current.add(page.folder() + image);
				imagesThere &= Files.isRegularFile(inside(root, page.folder() + image));
			}
			if (previous != null && previous.hash().equals(hash) && Files.isRegularFile(file) && Files.isRegularFile(source) && imagesThere) {
				counts.unchanged++;
				jobs.add(new PageJob(page, output, file, source, hash, previous.warnings(), false));
			} else {
				jobs.add(new PageJob(page, output, file, source, hash, null, true));
			}
		}
		renderAll(workspace, jobs, chapters, attributes, progress);
		for (PageJob job : jobs) { // in reading order, whichever thread rendered the page: warnings come out the same every time
			if (job.render()) {
				manifest.put(job.output(), job.hash(), job.warnings());
				for (Map.Entry<String, String> image : job.page().images().entrySet()) {
					manifest.put(job.page().folder() + image.getKey(), PublishManifest.hash(image.getValue()), List.of());
				}
				counts.rendered++;
			}
			warnings.addAll(job.warnings());
		}
		removeStale(root, manifest, current);
		writeSiteAssets(root, pages);
		return written;
	}

	/**
	 * Renders the pages that changed. Many pages are shared between engines, one per thread (see {@link #MAX_ENGINES}):
	 * a JRuby runtime converts on one thread at a time.
	 */
	private void renderAll(EssaimWorkspace workspace, List<PageJob> jobs, List<GuidePage> chapters, Map<String, Object> attributes,
			PublishProgress progress) throws IOException {
		List<PageJob> todo = jobs.stream().filter(PageJob::render).toList();
		int threads = todo.size() < parallelFrom ? 1 : maxEngines;
		while (engines.size() < threads) {
			engines.add(new AsciidoctorEngine());
		}
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger(jobs.size() - todo.size());
		List<java.util.concurrent.Callable<Void>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			AsciidoctorEngine engine = engines.get(t);
			int first = t;
			workers.add(() -> {
				for (int i = first; i < todo.size(); i += threads) {
					render(workspace, todo.get(i), engine, chapters, attributes);
					int now = done.incrementAndGet();
					synchronized (progress) {
						progress.advanced(now, jobs.size(), todo.get(i).output());
					}
				}
				return null;
			});
		}
		if (threads == 1) {
			try {
				workers.get(0).call();
			} catch (IOException | RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new IOException(e);
			}
			return;
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			for (java.util.concurrent.Future<Void> result : pool.invokeAll(workers)) {
				result.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		} finally {
			pool.shutdown();
		}
	}

	private static void render(EssaimWorkspace workspace, PageJob job, AsciidoctorEngine engine, List<GuidePage> chapters,
			Map<String, Object> attributes) throws IOException {
		GuidePage page = job.page();
		write(job.source(), page.asciidoc());
		boolean editorial = page.name().startsWith(EditorialChapters.FOLDER + "/") && page.origin() != null;
		String where = editorial ? workspace.root().relativize(page.origin()).toString()
				: SOURCES + "/" + page.name() + ".adoc" + (page.origin() == null ? "" : " (" + page.origin().getFileName() + ")");
		for (Map.Entry<String, String> image : page.images().entrySet()) {
			write(inside(job.file().getParent(), image.getKey()), image.getValue());
		}
		RenderedPage rendered = engine.render(page.asciidoc(), where, editorial ? workspace.root() : job.source().getParent(), attributes(attributes, page));
		write(job.file(), SiteChrome.wrap(rendered.html(), page, chapters));
		job.warnings().addAll(rendered.warnings());
	}

	/** One page of the site: rendered again ({@code render}) or left as it is, with its warnings. */
	private record PageJob(GuidePage page, String output, Path file, Path source, String hash, List<String> warnings, boolean render) {
		PageJob(GuidePage page, String output, Path file, Path source, String hash, List<String> warnings, boolean render) {
			this.page = page;
			this.output = output;
			this.file = file;
			this.source = source;
			this.hash = hash;
			this.warnings = warnings == null ? java.util.Collections.synchronizedList(new ArrayList<>()) : warnings;
			this.render = render;
		}
	}

	/** The book, rendered again only when its AsciiDoc changed. */
	private Path book(List<GuidePage> pages, Path root, PublishManifest manifest, List<String> warnings, Counts counts) throws IOException {
		String asciidoc = BookAssembler.asciidoc(pages);
		Map<String, Object> attributes = pdfAttributes();
		StringBuilder figures = new StringBuilder();
		pages.forEach(page -> figures.append(images(page)));
		String hash = PublishManifest.hash(RENDERING_VERSION, Labels.language(), attributes.toString(), BookAssembler.THEME, asciidoc,
				figures.toString());
		Path pdf = inside(root, BOOK);
		Path source = inside(root, SOURCES + "/" + BOOK_SOURCE + ".adoc");
		PublishManifest.Entry previous = manifest.get(BOOK);
		if (previous != null && previous.hash().equals(hash) && Files.isRegularFile(pdf)) {
			warnings.addAll(previous.warnings());
			counts.unchanged++;
			return pdf;
		}
		write(source, asciidoc);
		write(source.resolveSibling("essaim-theme.yml"), BookAssembler.THEME);
		for (GuidePage page : pages) { // the book's image targets are paths from the sources folder, inside the SAFE jail
			for (Map.Entry<String, String> image : page.images().entrySet()) {
				write(inside(source.getParent(), page.folder() + image.getKey()), PrintedSvg.of(image.getValue()));
			}
		}
		// written beside its source (SAFE mode forbids writing outside the jail, the sources folder), then moved
		Path rendered = source.resolveSibling(BOOK);
		List<String> found = engines.get(0).renderPdf(asciidoc, SOURCES + "/" + BOOK_SOURCE + ".adoc", source.getParent(), attributes, rendered);
		Files.move(rendered, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		manifest.put(BOOK, hash, found);
		warnings.addAll(found);
		counts.rendered++;
		return pdf;
	}

	/** The page's figures as one string for its hash: names and contents, in name order. */
	private static String images(GuidePage page) {
		StringBuilder all = new StringBuilder();
		page.images().forEach((name, svg) -> all.append(name).append('\0').append(svg).append('\0'));
		return all.toString();
	}

	/** Pages of an earlier publication that this one no longer has (a case removed) are deleted with their source. */
	private static void removeStale(Path root, PublishManifest manifest, java.util.Set<String> current) throws IOException {
		for (String output : manifest.outputs()) {
			if (output.endsWith(".html") && !current.contains(output)) {
				Files.deleteIfExists(inside(root, output));
				Files.deleteIfExists(inside(root, SOURCES + "/" + output.substring(0, output.length() - 5) + ".adoc"));
				manifest.remove(output);
			} else if (output.endsWith(".svg") && !current.contains(output)) { // a figure the site no longer shows
				Files.deleteIfExists(inside(root, output));
				manifest.remove(output);
			}
		}
	}

	/** The stylesheet (Asciidoctor's default plus Essaim's), the search index and its script. */
	private void writeSiteAssets(Path root, List<GuidePage> pages) throws IOException {
		Path css = root.resolve(SiteChrome.STYLESHEET);
		if (!Files.isRegularFile(css) || !Files.readString(css, StandardCharsets.UTF_8).endsWith(SiteChrome.CUSTOM_CSS)) {
			write(css, defaultStylesheet() + SiteChrome.CUSTOM_CSS); // asks Asciidoctor: only when missing or outdated
		}
		write(root.resolve(SiteChrome.SCRIPT), SearchIndex.SCRIPT);
		write(root.resolve(SiteChrome.SEARCH_INDEX), SearchIndex.json(pages));
		write(root.resolve("search-index.js"), SearchIndex.script(pages));
	}

	private String cachedDefaultStylesheet;

	/** Asciidoctor's default stylesheet, as it embeds it in a standalone page (asked once per engine). */
	private String defaultStylesheet() {
		if (cachedDefaultStylesheet == null) {
			String html = engines.get(0).render("= x", "stylesheet", Map.of()).html();
			int start = html.indexOf("<style>");
			int end = html.indexOf("</style>", start);
			cachedDefaultStylesheet = start < 0 || end < 0 ? "" : html.substring(start + 7, end).strip() + "\n";
		}
		return cachedDefaultStylesheet;
	}

	/** Writes the file only when its content differs, so that unchanged outputs keep their dates too. */
	private static void write(Path file, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
			return;
		}
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	private static Path inside(Path root, String relative) throws IOException {
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root)) {
			throw new IOException("output outside the output folder: " + relative);
		}
		return file;
	}

	/** The page's attributes: the shared ones, with the stylesheet linked relative to the page's folder. */
	private static Map<String, Object> attributes(Map<String, Object> shared, GuidePage page) {
		Map<String, Object> attributes = new LinkedHashMap<>(shared);
		if (page.asciidoc().lines().filter(l -> l.startsWith("== ")).count() < 3) {
			attributes.remove("toc"); // a table of contents of one or two lines is noise
		}
		String up = Links.relative(page.name(), "");
		attributes.put("stylesdir", up.isEmpty() ? "." : up.substring(0, up.length() - 1));
		return attributes;
	}

	/** Attributes of every page: labels in the publication's language, no footer (its date breaks reproducibility). */
	private static Map<String, Object> htmlAttributes() {
		Map<String, Object> attributes = common();
		attributes.put("nofooter", "");
		attributes.put("linkcss", "");
		attributes.put("stylesheet", SiteChrome.STYLESHEET);
		attributes.put("toc", "auto");
		attributes.put("toclevels", "2");
		attributes.put("sectanchors", "");
		return attributes;
	}

	private static Map<String, Object> pdfAttributes() {
		Map<String, Object> attributes = common();
		attributes.put("pdf-page-size", "A4");
		return attributes;
	}

	private static Map<String, Object> common() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("lang", Labels.language());
		attributes.put("reproducible", "");
		attributes.put("table-caption!", "");
		attributes.put("example-caption!", "");
		attributes.put("listing-caption!", "");
		attributes.put("toc-title", Labels.text("toc"));
		attributes.put("last-update-label!", "");
		attributes.put("attribute-missing", "warn");
		return attributes;
	}

	@Override
	public void close() {
		engines.forEach(AsciidoctorEngine::close);
	}

	/** How many outputs were rendered, and how many left as they were. */
	private static final class Counts {
		int rendered;
		int unchanged;
	}
}
