/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.CoopLanguage;

/**
 * The parsed state of one edited protocol, with the other protocols of its workspace folder loaded beside it
 * so that names of the library resolve. Every service works on a copy of the editor's text, off the UI thread
 * where it can; one lock keeps the resources consistent, and callers on the UI thread only try it briefly.
 */
final class ProtocolModel {

	private static final Map<String, Object> LOAD_OPTIONS = Map.of(XtextResource.OPTION_ENCODING, "UTF-8");

	private final ReentrantLock lock = new ReentrantLock();
	private final Path file;
	private final Path folder;
	private final URI uri;
	private final Map<Path, Long> libraryStamps = new HashMap<>();
	private XtextResourceSet resourceSet;
	private XtextResource resource;
	private String text;
	private String validatedText;
	private List<Issue> issues = List.of();

	/** @param file the edited file on disk; @param folder the workspace folder whose protocols it may name (may be null) */
	ProtocolModel(Path file, Path folder) {
		this.file = file.toAbsolutePath().normalize();
		this.folder = folder;
		this.uri = URI.createFileURI(this.file.toString());
	}

	/** The parsed text given to a service: the resource, and the same text as an LSP document for positions. */
	record Parsed(XtextResource resource, Document document, ProtocolModel model) {

		/** Reads other resources of the same set (the library) for the reference finder. */
		XtextResourceSet resourceSet() {
			return (XtextResourceSet) resource.getResourceSet();
		}
	}

	URI uri() {
		return uri;
	}

	/** The edited file, absolute and normalised. */
	Path file() {
		return file;
	}

	/** Runs {@code work} on {@code currentText} parsed, waiting for the lock as long as needed (background threads). */
	<T> T read(String currentText, Function<Parsed, T> work) {
		lock.lock();
		try {
			return work.apply(parse(currentText));
		} finally {
			lock.unlock();
		}
	}

	/** Like {@link #read}, but gives up after {@code millis} when another thread holds the model (UI thread). */
	<T> Optional<T> tryRead(String currentText, long millis, Function<Parsed, T> work) {
		try {
			if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
				return Optional.empty();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(work.apply(parse(currentText)));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Like {@link #tryRead}, but only when the model already reflects {@code currentText}: never parses on the
	 * caller's thread (mouse moves over the text with Ctrl held ask this on the UI thread).
	 */
	<T> Optional<T> tryReadAnalysed(String currentText, long millis, Function<Parsed, T> work) {
		try {
			if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
				return Optional.empty();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		try {
			if (resource == null || !currentText.equals(text)) {
				return Optional.empty();
			}
			return Optional.ofNullable(work.apply(parse(currentText)));
		} finally {
			lock.unlock();
		}
	}

	/** Syntax, linking and Essaim's rules for {@code currentText}; the last result is kept for quick fixes. */
	List<Issue> validate(String currentText, CancelIndicator cancel) {
		return read(currentText, parsed -> {
			if (currentText.equals(validatedText)) {
				return issues;
			}
			List<Issue> found = parsed.resource().getResourceServiceProvider().getResourceValidator()
					.validate(parsed.resource(), CheckMode.ALL, cancel);
			if (!cancel.isCanceled()) {
				issues = List.copyOf(found);
				validatedText = currentText;
			}
			return found;
		});
	}

	/** The issues of the last complete validation of {@code currentText}, if it was validated. */
	Optional<List<Issue>> issuesOf(String currentText) {
		return currentText.equals(validatedText) ? Optional.of(issues) : Optional.empty();
	}

	/** Re-reads the other protocols of the folder from disk (before a search of references or a rename). */
	void reloadLibrary() {
		lock.lock();
		try {
			libraryStamps.clear();
			if (resourceSet != null) {
				for (Resource other : List.copyOf(resourceSet.getResources())) {
					if (other != resource) {
						other.unload();
						resourceSet.getResources().remove(other);
					}
				}
				text = null; // links into the library must be resolved again
			}
		} finally {
			lock.unlock();
		}
	}

	private Parsed parse(String currentText) {
		try {
			if (resourceSet == null) {
				resourceSet = CoopServices.injector().getInstance(XtextResourceSet.class);
				resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CoopLanguage.EXTENSION,
						CoopServices.injector().getInstance(IResourceFactory.class));
			}
			boolean libraryChanged = refreshLibrary();
			if (resource == null) {
				resource = (XtextResource) resourceSet.createResource(uri);
				resource.load(new ByteArrayInputStream(currentText.getBytes(StandardCharsets.UTF_8)), LOAD_OPTIONS);
				text = currentText;
			} else if (libraryChanged || !currentText.equals(text)) {
				resource.reparse(currentText);
				text = currentText;
				validatedText = null;
			}
			return new Parsed(resource, new Document(1, currentText), this);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads protocols of the folder that are new or changed on disk; says whether any was. */
	private boolean refreshLibrary() throws IOException {
		if (folder == null || !Files.isDirectory(folder)) {
			return false;
		}
		boolean changed = false;
		for (Path other : protocolsOf(folder)) {
			if (other.equals(file)) {
				continue;
			}
			long stamp = Files.getLastModifiedTime(other).toMillis();
			Long known = libraryStamps.put(other, stamp);
			if (known != null && known == stamp) {
				continue;
			}
			URI otherUri = URI.createFileURI(other.toString());
			Resource loaded = resourceSet.getResource(otherUri, false);
			if (loaded != null) {
				loaded.unload();
			} else {
				loaded = resourceSet.createResource(otherUri);
			}
			try {
				loaded.load(new ByteArrayInputStream(Files.readAllBytes(other)), LOAD_OPTIONS);
			} catch (IOException | RuntimeException unreadable) {
				// A broken library file only leaves its names unresolved; its own editor reports why.
			}
			changed = true;
		}
		return changed;
	}

	private static List<Path> protocolsOf(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder, 6)) {
			return files.filter(path -> path.getFileName().toString().endsWith("." + CoopLanguage.EXTENSION))
					.filter(path -> !hidden(folder.relativize(path)))
					.map(path -> path.toAbsolutePath().normalize()).sorted().toList();
		}
	}

	private static boolean hidden(Path relative) {
		for (Path segment : relative) {
			String name = segment.toString();
			if (name.startsWith(".") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}
}
