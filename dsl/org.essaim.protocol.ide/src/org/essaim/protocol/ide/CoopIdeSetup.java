/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.xtext.util.Modules2;
import org.essaim.protocol.CoopRuntimeModule;
import org.essaim.protocol.CoopStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Starts the language with its editor services; the language server finds it through META-INF/services. */
public class CoopIdeSetup extends CoopStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new CoopRuntimeModule(), new CoopIdeModule()));
	}
}
