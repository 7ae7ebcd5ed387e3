/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Writes enumeration values by name ({@code petite_ville}), not by their French label ({@code petite
 * ville}): labels may be reworded for readers without breaking files. Reads names, and labels too.
 */
final class CaseXmlHelper extends XMIHelperImpl {

	CaseXmlHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	public String convertToString(EFactory factory, EDataType dataType, Object value) {
		if (dataType instanceof EEnum && value instanceof Enumerator enumerator) {
			return enumerator.getName();
		}
		return super.convertToString(factory, dataType, value);
	}

	@Override
	protected Object createFromString(EFactory factory, EDataType dataType, String value) {
		if (dataType instanceof EEnum eEnum) {
			String key = value.strip();
			EEnumLiteral literal = eEnum.getEEnumLiteral(key);
			if (literal == null) {
				literal = eEnum.getEEnumLiteralByLiteral(key);
			}
			if (literal == null) {
				// EMF reports it with the feature and the position; LoadErrors words it for the reader.
				throw new IllegalArgumentException("'" + value + "' is not a value of " + eEnum.getName());
			}
			return literal.getInstance();
		}
		return super.createFromString(factory, dataType, value);
	}

	/** {@code draft (brouillon), published (publié)}: the names to write, with the labels users know. */
	static String allowed(EEnum eEnum) {
		return eEnum.getELiterals().stream()
				.map(literal -> literal.getName().equals(literal.getLiteral()) ? literal.getName()
						: literal.getName() + " (" + literal.getLiteral() + ")")
				.collect(Collectors.joining(", "));
	}
}
