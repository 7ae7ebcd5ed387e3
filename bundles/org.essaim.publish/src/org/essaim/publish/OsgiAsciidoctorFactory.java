/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Creates Asciidoctor inside OSGi, where AsciidoctorJ's own factory fails: JRuby must see, through one
 * class loader, the asciidoctor gems (asciidoctorj bundle), asciidoctor-pdf and its gems (asciidoctorj-pdf), the Ruby standard library (jruby-base and
 * its stdlib fragment) and our classes.
 */
final class OsgiAsciidoctorFactory {

	private static final String ASCIIDOCTORJ = "org.asciidoctor.asciidoctorj";
	private static final String ASCIIDOCTORJ_PDF = "org.asciidoctor.asciidoctorj.pdf";
	private static final String JRUBY = "org.jruby.jruby-base";

	private OsgiAsciidoctorFactory() {
	}

	static Asciidoctor create() {
		Bundle self = FrameworkUtil.getBundle(OsgiAsciidoctorFactory.class);
		List<Bundle> bundles = List.of(find(self, ASCIIDOCTORJ), find(self, ASCIIDOCTORJ_PDF), find(self, JRUBY), self);
		ClassLoader loader = new BundlesClassLoader(bundles);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return AsciidoctorJRuby.Factory.create(loader, "uri:classloader:/");
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static Bundle find(Bundle self, String symbolicName) {
		for (org.osgi.framework.wiring.BundleWire wire : self.adapt(BundleWiring.class).getRequiredWires(null)) {
			Bundle provider = wire.getProviderWiring().getBundle();
			if (symbolicName.equals(provider.getSymbolicName())) {
				return provider;
			}
		}
		throw new IllegalStateException(symbolicName + " is not wired to " + self.getSymbolicName());
	}
}
