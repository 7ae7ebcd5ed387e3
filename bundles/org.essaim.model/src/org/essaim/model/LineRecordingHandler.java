/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * EMF's XMI handler, plus: it records each object's start line, and it refuses every external entity
 * (the parser already refuses DOCTYPEs; this is the second lock should a parser ignore that feature).
 */
final class LineRecordingHandler extends SAXXMIHandler {

	private final XmlText text;

	LineRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, XmlText text) {
		super(resource, helper, options);
		this.text = text;
	}

	@Override
	protected void processObject(EObject object) {
		super.processObject(object);
		// Called while the start tag is handled: the locator is at the end of that tag.
		if (object != null && locator != null && text != null) {
			ElementLine.record(object, text.tagStartLine(locator.getLineNumber(), locator.getColumnNumber()));
		}
	}

	@Override
	public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
		throw new SAXException(Messages.format("load.entity", systemId == null ? publicId : systemId));
	}
}
