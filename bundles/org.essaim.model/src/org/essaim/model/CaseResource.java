/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of a {@code .case} file: canonical output (UTF-8, '\n', one attribute per line, defaults
 * written, no generated ids, enumerations by name) so that files diff well in git; a parser that reads no
 * DTD and no entity; start lines of elements recorded; atomic saves to local files.
 */
final class CaseResource extends XMIResourceImpl {

	/** The text of the load in progress, for line positions; null outside a load. */
	private XmlText loading;

	CaseResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().putAll(loadOptions());
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		// Width 1: every attribute on a line of its own, so a one-field change is a one-line diff.
		options.put(XMLResource.OPTION_LINE_WIDTH, 1);
		// Defaults are written too: a file says "brouillon" rather than relying on the model's default.
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		// Long texts are elements (ExtendedMetaData kind=element in the Ecore): a multi-line body stays multi-line.
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		// An unknown namespace (a newer model, a hostile file) must not be fetched from the network as a package.
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		Map<String, Object> properties = new HashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		// The JDK's parser words its errors in the user's language, like the rest of the message.
		properties.put("http://apache.org/xml/properties/locale", Locale.getDefault());
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
		return options;
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new CaseXmlHelper(this);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LineRecordingHandler(resource, helper, options, loading);
			}
		};
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		// Case files are small: reading them whole gives the text that line positions are computed from.
		byte[] bytes = inputStream.readAllBytes();
		loading = new XmlText(bytes);
		try {
			super.doLoad(new ByteArrayInputStream(bytes), options);
		} finally {
			loading = null;
		}
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		if (getURI() != null && getURI().isFile()) {
			AtomicFiles.write(Path.of(getURI().toFileString()), out -> save(out, options));
		} else {
			super.save(options);
		}
	}
}
