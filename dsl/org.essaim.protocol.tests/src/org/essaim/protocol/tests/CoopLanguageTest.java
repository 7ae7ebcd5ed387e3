/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.CoopLanguage;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.validation.CoopValidator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The facade other bundles use: one injector, resource sets and a validator without Guice. */
class CoopLanguageTest {

	@Test
	void everyCallerGetsTheSameInjectorEvenConcurrently() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Callable<Injector> ask = CoopLanguage::injector;
			List<Future<Injector>> answers = threads.invokeAll(List.of(ask, ask, ask, ask));
			for (Future<Injector> answer : answers) {
				assertSame(CoopLanguage.injector(), answer.get());
			}
		} finally {
			threads.shutdown();
		}
	}

	@Test
	void theAstPackageIsRegisteredWithEmf() {
		CoopLanguage.injector();
		assertSame(CoopPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(CoopPackage.eNS_URI));
	}

	@Test
	void aResourceSetAndTheValidatorCheckAProtocolFile() throws Exception {
		XtextResourceSet resourceSet = CoopLanguage.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("memory:/vide." + CoopLanguage.EXTENSION));
		byte[] text = "protocole p \"P\" {\n  phase vide \"Vide\" { }\n}\n".getBytes(StandardCharsets.UTF_8);
		resource.load(new ByteArrayInputStream(text), Map.of());
		List<Issue> issues = CoopLanguage.validator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(CoopValidator.PHASE_WITHOUT_PARTICIPANT, issues.get(0).getCode());
		assertEquals(2, issues.get(0).getLineNumber());
	}
}
