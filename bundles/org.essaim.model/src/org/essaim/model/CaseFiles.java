/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage;

/**
 * Reads and writes {@code .case} files: one case per file, secure parsing, clear errors with line and
 * column, deterministic output and atomic saves (the old file stays whole until the new one is complete).
 */
public final class CaseFiles {

	/** The file extension of case studies. */
	public static final String EXTENSION = "case";

	private CaseFiles() {
	}

	/** A resource set that knows the case-study package and the {@code .case} extension, in or out of OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(CasestudyPackage.eNS_URI, CasestudyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new CaseResourceFactory());
		return resourceSet;
	}

	/** Loads the case study of {@code file}; the file is only read. */
	public static CaseStudy load(Path file) throws CaseLoadException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CaseLoadException(file, 0, 0, ModelMessages.format("load.io", e.getMessage()), e);
		}
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(bytes), null);
		} catch (IOException | RuntimeException e) {
			throw LoadErrors.translate(file, resource, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw LoadErrors.translate(file, resource, null);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof CaseStudy caseStudy)) {
			throw new CaseLoadException(file, 1, 1, ModelMessages.format("load.noCase"), null);
		}
		return caseStudy;
	}

	/** Saves atomically: a crash or a full disk leaves either the old file or the new one, never a mix. */
	public static void save(CaseStudy caseStudy, Path file) throws IOException {
		AtomicFiles.write(file, toBytes(caseStudy));
	}

	/** The exact bytes {@link #save} writes (the same case always gives the same bytes). */
	public static byte[] toBytes(CaseStudy caseStudy) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createURI("memory." + EXTENSION));
		// A copy: adding the original to this resource would take it out of its own.
		resource.getContents().add(EcoreUtil.copy(caseStudy));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}
}
