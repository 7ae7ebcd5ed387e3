/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.essaim.protocol.formatting2.CoopFormatter;
import org.essaim.protocol.validation.CoopLinkingMessages;
import org.essaim.protocol.validation.CoopSyntaxErrorMessages;
import org.essaim.protocol.validation.CoopUniqueNames;

/** Guice bindings of the protocol language's runtime (without the Eclipse UI). */
public class CoopRuntimeModule extends AbstractCoopRuntimeModule {

	/** Unresolved references are reported in the user's language (French first). */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CoopLinkingMessages.class;
	}

	/** Syntax errors are reported in the user's language, in words rather than grammar token names. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CoopSyntaxErrorMessages.class;
	}

	/** Duplicate names are reported in French, with a stable issue code. */
	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return CoopUniqueNames.class;
	}

	/** Formatting lays protocols out like the examples: one clause per line, blocks indented. */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return CoopFormatter.class;
	}
}
