/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

/** Definitions and references of the name at an offset, from the language's document symbol service. */
final class Navigation {

	private Navigation() {
	}

	/** A place in a protocol file: the file on disk, and the offset and length of the name there. */
	record Target(Path file, int offset, int length, int line, String lineText) {
	}

	/** Where the name at {@code offset} is declared (empty when it is not a name or refers to nothing). */
	static List<Target> definitions(ProtocolModel.Parsed parsed, String text, int offset) {
		List<? extends Location> locations = service().getDefinitions(parsed.resource(), offset, access(parsed.resourceSet()),
				CancelIndicator.NullImpl);
		return targets(parsed, text, locations);
	}

	/** Where the element named at {@code offset} (declared or referred to there) is referred to, in every protocol. */
	static List<Target> references(ProtocolModel.Parsed parsed, String text, int offset) {
		IResourceDescriptions index = CoopServices.injector().getInstance(ResourceDescriptionsProvider.class)
				.getResourceDescriptions(parsed.resourceSet());
		List<? extends Location> locations = service().getReferences(parsed.resource(), offset, access(parsed.resourceSet()), index,
				CancelIndicator.NullImpl);
		return targets(parsed, text, locations);
	}

	private static DocumentSymbolService service() {
		return CoopServices.injector().getInstance(DocumentSymbolService.class);
	}

	private static IReferenceFinder.IResourceAccess access(ResourceSet resourceSet) {
		return new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(resourceSet);
				} catch (RuntimeException e) {
					throw e;
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}

	private static List<Target> targets(ProtocolModel.Parsed parsed, String text, List<? extends Location> locations) {
		List<Target> targets = new ArrayList<>();
		Path edited = parsed.model().file();
		for (Location location : locations) {
			Path file = pathOf(location.getUri());
			String content = file.equals(edited) ? text : textOf(parsed, file);
			if (content == null) {
				continue;
			}
			LineIndex lines = new LineIndex(content);
			int[] region = lines.region(location.getRange());
			int line = location.getRange().getStart().getLine();
			targets.add(new Target(file, region[0], region[1], line + 1, lineText(content, region[0])));
		}
		return targets;
	}

	/** The file of an LSP location ("file:///..." there, "file:/..." in EMF: paths compare, URIs do not). */
	static Path pathOf(String uri) {
		return Path.of(URI.createURI(uri).toFileString()).toAbsolutePath().normalize();
	}

	private static String textOf(ProtocolModel.Parsed parsed, Path file) {
		for (var resource : parsed.resourceSet().getResources()) {
			if (resource.getURI().isFile() && pathOf(resource.getURI().toString()).equals(file)
					&& resource instanceof org.eclipse.xtext.resource.XtextResource xtext && xtext.getParseResult() != null) {
				return xtext.getParseResult().getRootNode().getText();
			}
		}
		return null;
	}

	private static String lineText(String content, int offset) {
		int start = content.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = content.indexOf('\n', offset);
		return content.substring(start, end < 0 ? content.length() : end).strip();
	}

	/** The workspace file at {@code path}, if the workspace holds it. */
	static Optional<IFile> workspaceFile(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		for (IFile file : files) {
			if (file.exists()) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}
}
