/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.xml.sax.SAXParseException;

/** Turns EMF's and SAX's load failures into one {@link CaseLoadException} a researcher can act on. */
final class LoadErrors {

	private LoadErrors() {
	}

	static CaseLoadException translate(Path file, Resource resource, Exception thrown) {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			Throwable cause = first instanceof Throwable t ? t : thrown;
			return new CaseLoadException(file, first.getLine(), first.getColumn(), describe(cause, first.getMessage()), cause);
		}
		Throwable cause = rootCause(thrown);
		if (cause instanceof SAXParseException sax) {
			return new CaseLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), describe(sax, sax.getMessage()), thrown);
		}
		String message = thrown == null ? "" : String.valueOf(cause.getMessage());
		return new CaseLoadException(file, 0, 0, ModelMessages.format("load.malformed", message), thrown);
	}

	private static String describe(Throwable cause, String message) {
		Throwable root = rootCause(cause);
		if (root instanceof IllegalValueException illegal) {
			return ModelMessages.format("load.unknownValue", illegal.getValue() + " (" + illegal.getFeature().getName() + ")");
		}
		if (root instanceof FeatureNotFoundException feature) {
			return ModelMessages.format("load.unknownElement", feature.getName());
		}
		if (root instanceof ClassNotFoundException || root instanceof PackageNotFoundException) {
			return ModelMessages.format("load.unknownElement", message);
		}
		if (String.valueOf(root == null ? message : root.getMessage()).contains("DOCTYPE")) {
			return ModelMessages.format("load.doctype");
		}
		return ModelMessages.format("load.malformed", root == null ? message : root.getMessage());
	}

	private static Throwable rootCause(Throwable thrown) {
		Throwable current = thrown;
		while (current != null && current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}
}
