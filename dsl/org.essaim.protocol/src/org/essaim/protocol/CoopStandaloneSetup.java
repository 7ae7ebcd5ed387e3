/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol;

/** Starts the protocol language without the Eclipse extension registry (plain class path, tests, OSGi). */
public class CoopStandaloneSetup extends CoopStandaloneSetupGenerated {

	/** Registers the language with EMF; other bundles should rather use {@link CoopLanguage#injector()}. */
	public static void doSetup() {
		new CoopStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
