/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * Entry point for the other bundles: the protocol language's Guice injector, created once and shared
 * (creating it registers the language with EMF, on a plain class path as in OSGi).
 */
public final class CoopLanguage {

	/** File extension of protocol files. */
	public static final String EXTENSION = "coop";

	private CoopLanguage() {
	}

	/** The shared injector: resource sets, validators and parsers of the language come from it. */
	public static Injector injector() {
		return Holder.INJECTOR;
	}

	/** A new resource set for loading protocols; files loaded into the same set can refer to each other. */
	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	/** The validator that reports syntax, linking and Essaim's rules (see CoopValidator) for a protocol resource. */
	public static IResourceValidator validator() {
		return injector().getInstance(IResourceValidator.class);
	}

	/** Lazy and thread-safe through class initialisation. */
	private static final class Holder {
		static final Injector INJECTOR = new CoopStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
