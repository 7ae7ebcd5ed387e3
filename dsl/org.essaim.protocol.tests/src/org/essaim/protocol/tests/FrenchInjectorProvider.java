/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import java.util.Locale;

import com.google.inject.Injector;

/** The generated injector provider, with the French locale that Essaim's users have by default. */
public class FrenchInjectorProvider extends CoopInjectorProvider {

	@Override
	public Injector getInjector() {
		Locale.setDefault(Locale.FRENCH);
		return super.getInjector();
	}
}
