/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.essaim.core.CaseDocument;
import org.essaim.core.EssaimWorkspace;
import org.essaim.core.ProtocolDocument;
import org.essaim.core.Severity;
import org.essaim.core.WorkspaceFiles;
import org.essaim.protocol.LocalizedMessages;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage;

/**
 * The Lucene index of a workspace's protocols and cases. It is derived data, kept outside the sources
 * and rebuilt from them whenever it is missing, stale or unreadable. One writer and one
 * {@link SearcherManager} per index, so that searches always see the last update.
 */
public final class EssaimIndex implements AutoCloseable {

	/** System property: how many seconds {@link #open} waits for another process to release the index (10). */
	public static final String LOCK_WAIT_PROPERTY = "essaim.index.lockWaitSeconds";
	private static final LocalizedMessages MESSAGES = new LocalizedMessages(EssaimIndex.class);
	/** Version of the fields and facets this code writes; bump it when they change, so that old indexes are rebuilt. */
	static final String FORMAT = "3";
	private static final String FORMAT_KEY = "essaim.format";

	private final Path root;
	private final Analyzer analyzer = new FrenchTextAnalyzer();
	private final Analyzer queryAnalyzer = FrenchTextAnalyzer.forQueries();
	private final QueryRunner runner;
	/** Facet ordinals of the last reader searched: costly to build, so built once per refresh. */
	private SortedSetDocValuesReaderState facetState;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	private EssaimIndex(Path root, Path indexDir) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.runner = new QueryRunner(analyzer, queryAnalyzer, this.root);
		Files.createDirectories(indexDir);
		this.directory = FSDirectory.open(indexDir);
		IndexWriter opened = null;
		try {
			opened = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE_OR_APPEND));
			this.writer = opened;
			this.searchers = new SearcherManager(writer, null);
		} catch (IOException | RuntimeException e) {
			if (opened != null) {
				opened.rollback();
			}
			directory.close();
			throw e;
		}
	}

	/**
	 * Opens the index of {@code workspaceRoot} stored in {@code indexDir}; an index that cannot be read
	 * (corrupt, or written by another Lucene version) is deleted and recreated empty: call {@link #update()}.
	 */
	public static EssaimIndex open(Path workspaceRoot, Path indexDir) throws IOException {
		// The workbench and the command line may both open the index of a workspace: the second waits for the
		// first to close it (Lucene's write lock) rather than failing at once, then reports it in plain words.
		long deadline = System.nanoTime() + Long.getLong(LOCK_WAIT_PROPERTY, 10) * 1_000_000_000L;
		while (true) {
			try {
				return openOrRecreate(workspaceRoot, indexDir);
			} catch (LockObtainFailedException e) {
				if (System.nanoTime() > deadline) {
					throw new IOException(MESSAGES.format("indexLocked", indexDir), e);
				}
				sleepBeforeRetry();
			}
		}
	}

	private static EssaimIndex openOrRecreate(Path workspaceRoot, Path indexDir) throws IOException {
		try {
			return new EssaimIndex(workspaceRoot, indexDir);
		} catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
			IndexLocations.deleteIndexFiles(indexDir);
			return new EssaimIndex(workspaceRoot, indexDir);
		}
	}

	private static void sleepBeforeRetry() throws IOException {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException();
		}
	}

	/** Opens the index at its default location for this workspace (see {@link IndexLocations}). */
	public static EssaimIndex open(Path workspaceRoot) throws IOException {
		return open(workspaceRoot, IndexLocations.defaultFor(workspaceRoot));
	}

	/** Re-indexes the files added or changed since the last update and forgets deleted ones. */
	public IndexReport update() throws IOException {
		return synchronize(false);
	}

	/** Throws the whole index away and indexes every file again. */
	public IndexReport rebuild() throws IOException {
		return synchronize(true);
	}

	private synchronized IndexReport synchronize(boolean rebuild) throws IOException {
		// An index written with other fields (an older Essaim) would give wrong facets: it is rebuilt once.
		boolean fromScratch = rebuild || !FORMAT.equals(committedFormat());
		long start = System.nanoTime();
		DocumentExtractor extractor = new DocumentExtractor(root);
		Map<String, String> indexed = fromScratch ? Map.of() : indexedStamps();
		Map<String, String> current = new HashMap<>();
		for (Path file : WorkspaceFiles.list(root)) {
			current.put(extractor.relative(file), FileStamp.of(file));
		}
		List<String> changed = current.keySet().stream().filter(path -> !current.get(path).equals(indexed.get(path))).sorted().toList();
		List<String> removed = indexed.keySet().stream().filter(path -> !current.containsKey(path)).toList();
		if (fromScratch) {
			writer.deleteAll();
		}
		for (String path : removed) {
			writer.deleteDocuments(new Term(IndexFields.PATH, path));
		}
		List<org.essaim.core.Problem> problems = new ArrayList<>();
		List<Path> unreadable = new ArrayList<>();
		int count = changed.isEmpty() ? 0 : indexChanged(extractor, changed, current, problems, unreadable);
		writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new IndexReport(count, removed.size(), size(), millis, problems, sorted(unreadable));
	}

	private int indexChanged(DocumentExtractor extractor, List<String> changed, Map<String, String> stamps,
			List<org.essaim.core.Problem> problems, List<Path> unreadable) throws IOException {
		if (changed.stream().noneMatch(path -> WorkspaceFiles.isProtocol(Path.of(path)))) {
			return indexCases(extractor, changed, stamps, problems, unreadable);
		}
		// The whole workspace is loaded so that cross-file references of protocols resolve.
		EssaimWorkspace workspace = EssaimWorkspace.load(root);
		problems.addAll(workspace.problems());
		Map<String, IndexedDocument> documents = new HashMap<>();
		for (ProtocolDocument protocol : workspace.protocols()) {
			IndexedDocument document = extractor.of(protocol);
			documents.put(document.path(), document);
		}
		for (CaseDocument caseDocument : workspace.cases()) {
			IndexedDocument document = extractor.of(caseDocument);
			documents.put(document.path(), document);
		}
		int count = 0;
		for (String path : changed) {
			IndexedDocument document = documents.get(path);
			Term key = new Term(IndexFields.PATH, path);
			if (document == null) {
				// Unreadable now: the source is reported in problems, and a stale version must not be found.
				writer.deleteDocuments(key);
				unreadable.add(root.resolve(path));
			} else {
				writer.updateDocument(key, LuceneDocuments.of(document, stamps.get(path)));
				count++;
			}
		}
		return count;
	}

	/**
	 * Cases alone: each loaded, indexed and dropped, so that memory stays flat however many files changed;
	 * loading XMI is most of the work, so files are read on every core (the writer is thread-safe).
	 */
	private int indexCases(DocumentExtractor extractor, List<String> changed, Map<String, String> stamps,
			List<org.essaim.core.Problem> problems, List<Path> unreadable) throws IOException {
		CasestudyPackage.eINSTANCE.eClass(); // EMF registers the package once, before any parallel load
		List<org.essaim.core.Problem> found = Collections.synchronizedList(new ArrayList<>());
		try {
			long count = changed.parallelStream().filter(path -> {
				try {
					return indexCase(extractor, path, stamps.get(path), found);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).count();
			problems.addAll(found);
			found.forEach(problem -> unreadable.add(problem.file()));
			return (int) count;
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private boolean indexCase(DocumentExtractor extractor, String path, String stamp, List<org.essaim.core.Problem> problems) throws IOException {
		Term key = new Term(IndexFields.PATH, path);
		try {
			CaseStudy caseStudy = CaseFiles.load(root.resolve(path));
			writer.updateDocument(key, LuceneDocuments.of(extractor.of(path, caseStudy), stamp));
			return true;
		} catch (CaseLoadException e) {
			// Unreadable now: reported, and a stale version must not be found.
			problems.add(new org.essaim.core.Problem(e.getFile(), e.getLine(), e.getColumn(), Severity.ERROR, e.getReason()));
			writer.deleteDocuments(key);
			return false;
		}
	}

	/**
	 * Near-real-time update after an editor saved (or deleted) these files: only they are read, nothing is
	 * committed to disk (that happens at the next {@link #update()} or {@link #close()}), and searches see the
	 * change as soon as this returns. A changed protocol falls back to {@link #update()}, since protocols are
	 * linked to each other.
	 */
	public synchronized IndexReport update(Collection<Path> files) throws IOException {
		long start = System.nanoTime();
		DocumentExtractor extractor = new DocumentExtractor(root);
		List<org.essaim.core.Problem> problems = new ArrayList<>();
		int indexed = 0;
		int removed = 0;
		for (Path file : files) {
			Path absolute = root.resolve(file).toAbsolutePath().normalize();
			String path = extractor.relative(absolute);
			if (!Files.exists(absolute)) {
				writer.deleteDocuments(new Term(IndexFields.PATH, path));
				removed++;
			} else if (WorkspaceFiles.isProtocol(absolute)) {
				return update();
			} else if (WorkspaceFiles.isCase(absolute) && indexCase(extractor, path, FileStamp.of(absolute), problems)) {
				indexed++;
			}
		}
		searchers.maybeRefreshBlocking();
		return new IndexReport(indexed, removed, size(), (System.nanoTime() - start) / 1_000_000, problems,
				sorted(problems.stream().map(org.essaim.core.Problem::file).toList()));
	}

	private static List<Path> sorted(List<Path> files) {
		return files.stream().distinct().sorted().toList();
	}

	/** The format recorded by the last commit; null for a new index or one written before formats were recorded. */
	private String committedFormat() throws IOException {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (FORMAT_KEY.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	private Map<String, String> indexedStamps() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return LuceneDocuments.stamps(searcher.getIndexReader());
		} finally {
			searchers.release(searcher);
		}
	}

	/** Number of documents in the index. */
	public int size() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.getIndexReader().numDocs();
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * The best {@code limit} documents for a query typed by a person: words are all required, accents and
	 * plurals do not matter, and Lucene's syntax (quotes, {@code field:word}, {@code OR}, {@code *}) works.
	 */
	public List<SearchHit> search(String query, int limit) throws QueryException {
		return search(SearchRequest.of(query, limit)).hits();
	}

	/**
	 * Searches with facet filters and counts: the best hits, the number of matches and, for each facet
	 * dimension, the values of the matching documents with their counts (to show beside the results and
	 * to narrow them). Domain synonyms and acronyms are expanded ({@code ESS} finds "économie sociale et
	 * solidaire"). A blank query or {@code *} with filters lists what the filters select.
	 */
	public SearchResults search(SearchRequest request) throws QueryException {
		return withSearcher(searcher -> runner.run(searcher, facetState(searcher), request));
	}

	/**
	 * The {@code limit} cases most like case {@code caseId} (words and structured facets), best first, each
	 * with the words and facet values they share; the case itself is not among them.
	 */
	public List<SimilarCase> similar(String caseId, int limit) throws QueryException {
		return withSearcher(searcher -> new SimilarFinder(analyzer, runner).find(searcher, caseId, limit));
	}

	private interface SearcherWork<T> {
		T run(IndexSearcher searcher) throws IOException, QueryException;
	}

	private <T> T withSearcher(SearcherWork<T> work) throws QueryException {
		IndexSearcher searcher;
		try {
			searcher = searchers.acquire();
		} catch (IOException e) {
			throw new QueryException(e.getMessage());
		}
		try {
			return work.run(searcher);
		} catch (IOException e) {
			throw new QueryException(e.getMessage());
		} finally {
			try {
				searchers.release(searcher);
			} catch (IOException e) {
				// Releasing only decrements a reference count; nothing the caller could do about it.
			}
		}
	}

	private synchronized SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		if (facetState == null || facetState.getReader() != reader) {
			try {
				facetState = new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.FACETS);
			} catch (IllegalArgumentException e) {
				return null; // an empty index has no facet field yet
			}
		}
		return facetState;
	}

	@Override
	public void close() throws IOException {
		try {
			searchers.close();
			writer.close();
		} finally {
			directory.close();
		}
	}
}
