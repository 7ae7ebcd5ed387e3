/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.essaim.protocol.validation.CoopLinkingMessages;

/** Guice bindings of the protocol language's runtime (without the Eclipse UI). */
public class CoopRuntimeModule extends AbstractCoopRuntimeModule {

	/** Unresolved references are reported in the user's language (French first). */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CoopLinkingMessages.class;
	}
}
