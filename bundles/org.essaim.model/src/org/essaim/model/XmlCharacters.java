/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Finds the characters a case file cannot store: XML 1.0 forbids most control characters, so EMF refuses to
 * save a text holding one (an XML 1.1 file or a CSV cell can bring them in) and the case would be lost.
 */
final class XmlCharacters {

	private XmlCharacters() {
	}

	/** The first text attribute of {@code object} holding a forbidden character, as a problem; null if none. */
	static CaseProblem firstForbidden(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			for (Object text : value instanceof List<?> list ? list : List.of(value)) {
				int forbidden = text instanceof String string ? firstForbidden(string) : -1;
				if (forbidden >= 0) {
					return CaseValidator.error(object, attribute, "validate.forbiddenCharacter", String.format("U+%04X", forbidden),
							attribute.getName());
				}
			}
		}
		return null;
	}

	/** The first code point of {@code text} that XML 1.0 cannot hold, or -1. */
	static int firstForbidden(String text) {
		return text.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
	}
}
