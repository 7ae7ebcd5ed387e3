/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
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
import org.essaim.core.WorkspaceFiles;
import org.essaim.protocol.LocalizedMessages;

/**
 * The Lucene index of a workspace's protocols and cases. It is derived data, kept outside the sources
 * and rebuilt from them whenever it is missing, stale or unreadable. One writer and one
 * {@link SearcherManager} per index, so that searches always see the last update.
 */
public final class EssaimIndex implements AutoCloseable {

	/** System property: how many seconds {@link #open} waits for another process to release the index (10). */
	public static final String LOCK_WAIT_PROPERTY = "essaim.index.lockWaitSeconds";
	private static final LocalizedMessages MESSAGES = new LocalizedMessages(EssaimIndex.class);

	private final Path root;
	private final Analyzer analyzer = new FrenchTextAnalyzer();
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	private EssaimIndex(Path root, Path indexDir) throws IOException {
		this.root = root.toAbsolutePath().normalize();
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

	private synchronized IndexReport synchronize(boolean fromScratch) throws IOException {
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
		int count = changed.isEmpty() ? 0 : indexChanged(extractor, changed, current, problems);
		writer.commit();
		searchers.maybeRefreshBlocking();
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new IndexReport(count, removed.size(), size(), millis, List.copyOf(problems));
	}

	private int indexChanged(DocumentExtractor extractor, List<String> changed, Map<String, String> stamps,
			List<org.essaim.core.Problem> problems) throws IOException {
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
			} else {
				writer.updateDocument(key, LuceneDocuments.of(document, stamps.get(path)));
				count++;
			}
		}
		return count;
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
		IndexSearcher searcher;
		try {
			searcher = searchers.acquire();
		} catch (IOException e) {
			throw new QueryException(e.getMessage());
		}
		try {
			return new QueryRunner(analyzer, root).run(searcher, query, Math.max(1, limit));
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
