/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A class loader over several bundles (no parent: JRuby must not see the framework's loader). JRuby lists
 * {@code uri:classloader:} folders through {@code .jrubydir} index files; asciidoctorj's jar has none and
 * OSGi gives {@code bundleresource:} URLs that JRuby cannot list, so missing indexes are answered here
 * from the bundles' entries (fragments included).
 */
final class BundlesClassLoader extends ClassLoader {

	private static final String INDEX = ".jrubydir";

	private final List<Bundle> bundles;

	BundlesClassLoader(List<Bundle> bundles) {
		super(null);
		this.bundles = List.copyOf(bundles);
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (Bundle bundle : bundles) {
			try {
				return loaderOf(bundle).loadClass(name);
			} catch (ClassNotFoundException e) {
				// try the next bundle
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (Bundle bundle : bundles) {
			URL url = loaderOf(bundle).getResource(name);
			if (url != null) {
				return url;
			}
		}
		return name.endsWith(INDEX) ? synthesizedIndex(name) : null;
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		List<URL> urls = new ArrayList<>();
		for (Bundle bundle : bundles) {
			urls.addAll(Collections.list(loaderOf(bundle).getResources(name)));
		}
		if (urls.isEmpty() && name.endsWith(INDEX)) {
			URL index = synthesizedIndex(name);
			if (index != null) {
				urls.add(index);
			}
		}
		return Collections.enumeration(urls);
	}

	/** A {@code .jrubydir} listing of the folder's entries in every bundle, or null when no bundle has it. */
	private URL synthesizedIndex(String name) {
		String folder = name.substring(0, name.length() - INDEX.length());
		String path = "/" + folder;
		Set<String> entries = new LinkedHashSet<>(List.of("..", "."));
		boolean found = false;
		for (Bundle bundle : bundles) {
			Enumeration<URL> children = bundle.findEntries(path, "*", false);
			while (children != null && children.hasMoreElements()) {
				found = true;
				String child = children.nextElement().getPath();
				String trimmed = child.endsWith("/") ? child.substring(0, child.length() - 1) : child;
				entries.add(trimmed.substring(trimmed.lastIndexOf('/') + 1));
			}
		}
		if (!found) {
			return null;
		}
		byte[] listing = String.join("\n", entries).concat("\n").getBytes(StandardCharsets.UTF_8);
		try {
			return new URL(null, "essaim-jrubydir:/" + name, new FixedContentHandler(listing));
		} catch (java.net.MalformedURLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ClassLoader loaderOf(Bundle bundle) {
		return bundle.adapt(BundleWiring.class).getClassLoader();
	}

	/** Serves fixed bytes for a synthesized URL. */
	private static final class FixedContentHandler extends URLStreamHandler {
		private final byte[] content;

		FixedContentHandler(byte[] content) {
			this.content = content;
		}

		@Override
		protected URLConnection openConnection(URL url) {
			return new URLConnection(url) {
				@Override
				public void connect() {
					connected = true;
				}

				@Override
				public InputStream getInputStream() {
					return new ByteArrayInputStream(content);
				}

				@Override
				public int getContentLength() {
					return content.length;
				}
			};
		}
	}
}
