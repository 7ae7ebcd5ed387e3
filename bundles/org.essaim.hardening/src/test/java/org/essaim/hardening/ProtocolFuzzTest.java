/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.CoopLanguage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text given as a protocol is parsed, linked and validated into diagnostics, never into an exception. */
class ProtocolFuzzTest {

	@FuzzTest(maxDuration = "5m")
	void anyTextGivesDiagnostics(byte[] input) throws IOException {
		XtextResourceSet resourceSet = CoopLanguage.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI("/fuzz/essai.coop"));
		// The loader reads files as strict UTF-8 first (SourceText); what reaches the parser is text.
		resource.load(new ByteArrayInputStream(input), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = CoopLanguage.validator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			assertNotNull(issue.getMessage(), "a diagnostic without a message");
			assertFalse(issue.getMessage().isBlank(), "a diagnostic with a blank message");
		}
	}
}
