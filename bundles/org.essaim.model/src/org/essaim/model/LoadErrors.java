/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.CharConversionException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one {@link CaseLoadException} a researcher can act on. */
final class LoadErrors {

	/** Below this many sources, an unresolved reference lists them all. */
	private static final int DECLARED_IDS_SHOWN = 12;
	/** The namespace of every version of the case model, followed by the version ("…/casestudy/1.0"). */
	private static final String MODEL_NAMESPACE = "http://essaim.org/model/casestudy/";

	private final Path file;
	private final XmlText text;

	LoadErrors(Path file, XmlText text) {
		this.file = file;
		this.text = text;
	}

	CaseLoadException translate(Resource resource, Exception thrown) {
		// EMF keeps the first error in the resource; a fatal parse error only travels in the exception.
		Throwable first = !resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Throwable error ? error : thrown;
		XMIException xmi = find(first, XMIException.class);
		SAXParseException sax = find(first, SAXParseException.class);
		if (xmi instanceof IllegalValueException illegal) {
			return illegalValue(illegal);
		}
		if (xmi instanceof FeatureNotFoundException unknown) {
			String owner = unknown.getObject() instanceof EObject object ? object.eClass().getName() : "?";
			return at(xmi.getLine(), xmi.getColumn(), unknown.getName(),
					Messages.format("load.unknownFeature", unknown.getName(), owner), xmi);
		}
		if (xmi instanceof ClassNotFoundException unknown) {
			return at(xmi.getLine(), xmi.getColumn(), null, Messages.format("load.unknownType", unknown.getName()), xmi);
		}
		if (xmi instanceof PackageNotFoundException unknown) {
			String version = unknown.uri() == null || !unknown.uri().startsWith(MODEL_NAMESPACE) ? null
					: unknown.uri().substring(MODEL_NAMESPACE.length());
			String message = version == null ? Messages.format("load.unknownPackage", unknown.uri())
					: Messages.format("load.otherModelVersion", version, "1.0");
			return at(xmi.getLine(), xmi.getColumn(), null, message, xmi);
		}
		if (xmi instanceof UnresolvedReferenceException unresolved) {
			return unresolved(resource, unresolved);
		}
		if (find(first, CharConversionException.class) != null) {
			return notUtf8(xmi, sax);
		}
		if (sax != null) {
			return parseError(sax);
		}
		if (xmi != null) {
			return at(xmi.getLine(), xmi.getColumn(), null, Messages.format("load.other", xmi.getMessage()), xmi);
		}
		Throwable cause = first == null ? thrown : first;
		return new CaseLoadException(file, 0, 0, Messages.format("load.other", cause.getMessage()), cause);
	}

	/** « s99 » cited as evidence but declared nowhere: say which sources exist, and the one that was probably meant. */
	private CaseLoadException unresolved(Resource resource, UnresolvedReferenceException unresolved) {
		EStructuralFeature feature = unresolved.getFeature();
		String attribute = feature == null ? null : feature.getName();
		List<String> declared = feature != null && feature.getEType() instanceof EClass type ? declaredIds(resource, type) : List.of();
		String kind = feature == null ? "?" : kindOf(feature.getEType().getName());
		String closest = Names.closest(unresolved.getReference(), declared);
		String hint;
		if (closest != null) {
			hint = Messages.format("load.didYouMean", closest);
		} else if (declared.isEmpty()) {
			hint = Messages.format("load.noneDeclared", kind);
		} else if (declared.size() <= DECLARED_IDS_SHOWN) {
			hint = Messages.format("load.declared", String.join(", ", declared));
		} else {
			hint = "";
		}
		String reason = Messages.format("load.unresolved", unresolved.getReference(), kind, attribute, hint);
		return at(unresolved.getLine(), unresolved.getColumn(), attribute, reason, unresolved);
	}

	/** "source" for Source: the French word when the model's messages have one, else the type's name. */
	private static String kindOf(String type) {
		try {
			return Messages.format("load.kind." + type);
		} catch (MissingResourceException e) {
			return type;
		}
	}

	private static List<String> declaredIds(Resource resource, EClass type) {
		Set<String> ids = new LinkedHashSet<>();
		resource.getAllContents().forEachRemaining(object -> {
			String id = type.isSuperTypeOf(object.eClass()) ? EcoreUtil.getID(object) : null;
			if (id != null) {
				ids.add(id);
			}
		});
		return List.copyOf(ids);
	}

	/** A byte that is not UTF-8: the file and the position of that very byte, not the parser's exception. */
	private CaseLoadException notUtf8(XMIException xmi, SAXParseException sax) {
		int[] position = text.firstMalformedUtf8();
		if (position != null) {
			String reason = Messages.format("load.notUtf8", String.format("0x%02X", position[2]), position[0], position[1]);
			return new CaseLoadException(file, position[0], position[1], reason, xmi != null ? xmi : sax);
		}
		int line = xmi != null ? xmi.getLine() : sax != null ? sax.getLineNumber() : 0;
		int column = xmi != null ? xmi.getColumn() : sax != null ? sax.getColumnNumber() : 0;
		return new CaseLoadException(file, line, column, Messages.format("load.badEncoding"), xmi != null ? xmi : sax);
	}

	private CaseLoadException illegalValue(IllegalValueException illegal) {
		EStructuralFeature feature = illegal.getFeature();
		String value = String.valueOf(illegal.getValue());
		String reason = feature.getEType() instanceof EEnum eEnum
				? Messages.format("load.unknownLiteral", value, feature.getName(), CaseXmlHelper.allowed(eEnum))
				: Messages.format("load.invalidValue", value, feature.getName(), expected(feature));
		return at(illegal.getLine(), illegal.getColumn(), feature.getName(), reason, illegal);
	}

	/** What a value of {@code feature} looks like, in French. */
	private static String expected(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		boolean integer = type == Integer.class || type == int.class || type == Long.class || type == long.class;
		return integer ? Messages.format("load.expectedInteger") : feature.getEType().getName();
	}

	private CaseLoadException parseError(SAXParseException sax) {
		int line = sax.getLineNumber();
		int column = sax.getColumnNumber();
		String reason;
		if (text.declaresDoctype()) {
			reason = Messages.format("load.doctype");
		} else if (text.isBlank()) {
			reason = Messages.format("load.empty");
		} else if (text.endsAt(line, column)) {
			reason = Messages.format("load.truncated", sax.getMessage());
		} else {
			reason = Messages.format("load.malformed", sax.getMessage());
		}
		return new CaseLoadException(file, line, column, reason, sax);
	}

	/** EMF reports the end of the start tag; with one attribute per line, the attribute's own line is better. */
	private CaseLoadException at(int line, int column, String attribute, String reason, Throwable cause) {
		int[] position = attribute == null ? null : text.attributePosition(line, column, attribute);
		return position == null ? new CaseLoadException(file, line, column, reason, cause)
				: new CaseLoadException(file, position[0], position[1], reason, cause);
	}

	private static <T> T find(Throwable thrown, Class<T> type) {
		for (Throwable current = thrown; current != null; current = current.getCause() == current ? null : current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}
}
