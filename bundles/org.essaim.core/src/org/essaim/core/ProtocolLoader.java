/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.CoopLanguage;
import org.essaim.protocol.coop.Protocol;

/**
 * Parses, links and validates protocol files together in one resource set, so that a protocol may
 * refer to elements of another file of the same workspace.
 */
final class ProtocolLoader {

	private final List<ProtocolDocument> documents = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	void load(List<Path> files) {
		XtextResourceSet resourceSet = CoopLanguage.newResourceSet();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : files) {
			Resource resource = parse(resourceSet, file);
			if (resource != null) {
				resources.put(file, resource);
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		resources.forEach(this::validate);
	}

	private Resource parse(XtextResourceSet resourceSet, Path file) {
		try {
			byte[] bytes = SourceText.readUtf8(file);
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			return resource;
		} catch (SourceText.SourceException e) {
			problems.add(new Problem(file, e.line, e.column, org.essaim.core.Severity.ERROR, e.getMessage()));
		} catch (IOException | RuntimeException e) {
			problems.add(new Problem(file, 0, 0, org.essaim.core.Severity.ERROR,
					Messages.format(Messages.unreadable, String.valueOf(e.getMessage()))));
		}
		return null;
	}

	private void validate(Path file, Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			problems.add(toProblem(file, issue));
		}
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Protocol protocol) {
			documents.add(new ProtocolDocument(file, protocol));
		} else if (resource.getErrors().isEmpty()) {
			problems.add(new Problem(file, 1, 1, org.essaim.core.Severity.ERROR, Messages.format(Messages.emptyProtocol)));
		}
	}

	private static Problem toProblem(Path file, Issue issue) {
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new Problem(file, line, column, severityOf(issue.getSeverity()), issue.getMessage());
	}

	private static org.essaim.core.Severity severityOf(Severity severity) {
		return switch (severity) {
		case ERROR -> org.essaim.core.Severity.ERROR;
		case WARNING -> org.essaim.core.Severity.WARNING;
		default -> org.essaim.core.Severity.INFO;
		};
	}

	List<ProtocolDocument> documents() {
		return documents;
	}

	List<Problem> problems() {
		return problems;
	}
}
