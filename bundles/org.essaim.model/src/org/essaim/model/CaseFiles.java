/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage;

/**
 * Reads and writes {@code .case} files (one case study per file, XMI): secure parsing, French errors with
 * line and column, canonical output that diffs well in git, and atomic saves.
 */
public final class CaseFiles {

	/** The file extension of case studies, without the dot. */
	public static final String EXTENSION = "case";

	/** Far above any real case (the largest example is a few dozen KB); beyond it loading would exhaust memory. */
	static final long MAX_BYTES = 16L << 20;

	private CaseFiles() {
	}

	/**
	 * Registers the package, the {@code .case} resource factory and the validator in EMF's global registries,
	 * for EMF tools (Diagnostician, EMF.Edit). Call it once at start-up, in or out of OSGi (plugin.xml registers
	 * the package and the factory, but EMF has no extension point for validators). Idempotent; it never
	 * replaces another registration. {@link #load} and {@link #save} need no registration.
	 */
	public static void register() {
		EPackage.Registry.INSTANCE.putIfAbsent(CasestudyPackage.eNS_URI, CasestudyPackage.eINSTANCE);
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(EXTENSION, new CaseResourceFactory());
		EValidator.Registry.INSTANCE.putIfAbsent(CasestudyPackage.eINSTANCE, new CaseEValidator());
	}

	/** A resource set that reads and writes {@code .case} files, whatever the global registries hold. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Only local .case files are read: nothing a case names (xsi:schemaLocation, a namespace) is fetched.
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				if (!uri.isFile() || !EXTENSION.equals(uri.fileExtension())) {
					throw new IOException(Messages.format("load.external", uri));
				}
				return super.createInputStream(uri, options);
			}
		});
		resourceSet.getPackageRegistry().put(CasestudyPackage.eNS_URI, CasestudyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new CaseResourceFactory());
		return resourceSet;
	}

	/** Loads the case study of {@code file} (only read, never written). */
	public static CaseStudy load(Path file) throws CaseLoadException {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new CaseLoadException(file, 0, 0, Messages.format("load.tooLarge", size >> 20, MAX_BYTES >> 20), null);
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new CaseLoadException(file, 0, 0, Messages.format("load.missing"), e);
		} catch (IOException e) {
			throw new CaseLoadException(file, 0, 0, Messages.format("load.io", e.getMessage()), e);
		}
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(bytes), null);
		} catch (IOException | RuntimeException e) {
			throw new LoadErrors(file, new XmlText(bytes)).translate(resource, e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CaseStudy caseStudy)) {
			throw new CaseLoadException(file, 1, 1, Messages.format("load.noCase"), null);
		}
		refuseUnsavableText(file, caseStudy);
		return caseStudy;
	}

	/** An XML 1.1 file can hold control characters that XML 1.0 cannot: such a case loads but could never be saved. */
	private static void refuseUnsavableText(Path file, CaseStudy caseStudy) throws CaseLoadException {
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(java.util.List.of(caseStudy))) {
			CaseProblem forbidden = XmlCharacters.firstForbidden(object);
			if (forbidden != null) {
				String attribute = forbidden.feature().getName();
				String character = String.format("U+%04X", XmlCharacters.firstForbidden(String.valueOf(object.eGet(forbidden.feature()))));
				throw new CaseLoadException(file, Math.max(1, ElementLine.of(object)), 1,
						Messages.format("load.forbiddenCharacter", character, attribute), null);
			}
		}
	}

	/**
	 * Saves {@code caseStudy} to {@code file} atomically: a failure leaves the previous file untouched.
	 * The case is not moved out of the resource it may belong to.
	 */
	public static void save(CaseStudy caseStudy, Path file) throws IOException {
		AtomicFiles.write(file, out -> resourceFor(caseStudy).save(out, null));
	}

	/** Writes any file of the workspace (an export, a codebook) the way cases are saved: whole or not at all. */
	public static void writeAtomically(Path file, byte[] bytes) throws IOException {
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	/** The exact bytes {@link #save} writes: the same case always gives the same bytes. */
	public static byte[] toBytes(CaseStudy caseStudy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resourceFor(caseStudy).save(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a byte array cannot fail to take bytes
		}
		return out.toByteArray();
	}

	/** The line (from 1) where the element of {@code object} starts in the file it was loaded from; 0 if unknown. */
	public static int lineOf(EObject object) {
		return ElementLine.of(object);
	}

	/** A resource of its own holding a copy: adding the case itself would take it out of its resource. */
	private static Resource resourceFor(CaseStudy caseStudy) {
		Resource resource = new CaseResourceFactory().createResource(URI.createURI("unsaved." + EXTENSION));
		resource.getContents().add(EcoreUtil.copy(caseStudy));
		return resource;
	}
}
