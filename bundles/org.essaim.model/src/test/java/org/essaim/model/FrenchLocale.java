/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class with French as the default locale (the build machine may be English), then restores it. */
final class FrenchLocale implements BeforeAllCallback, AfterAllCallback {

	private Locale previous;

	@Override
	public void beforeAll(ExtensionContext context) {
		previous = Locale.getDefault();
		Locale.setDefault(Locale.FRENCH);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Locale.setDefault(previous);
	}
}
