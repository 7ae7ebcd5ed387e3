/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.essaim.model.CaseFiles;

/** Reads and writes {@code .places} files (XMI of {@link PlacesModel}); writes are atomic and byte-for-byte repeatable. */
public final class PlaceRegisterFiles {

	private PlaceRegisterFiles() {
	}

	/** Saves a register atomically: a failure leaves the previous file whole. */
	public static void save(PlaceRegister register, Path file) throws IOException {
		CaseFiles.writeAtomically(file, toBytes(register));
	}

	/** The bytes {@link #save} writes; the same register always gives the same bytes. */
	public static byte[] toBytes(PlaceRegister register) {
		EObject root = EcoreUtil.create(PlacesModel.REGISTER);
		root.eSet(feature(PlacesModel.REGISTER, "source"), register.source());
		@SuppressWarnings("unchecked")
		List<EObject> places = (List<EObject>) root.eGet(feature(PlacesModel.REGISTER, "places"));
		for (Place place : register.places()) {
			places.add(toEObject(place));
		}
		Resource resource = newResource();
		resource.getContents().add(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Loads a register. */
	public static PlaceRegister load(Path file) throws IOException {
		Resource resource = newResource();
		resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), Map.of());
		if (resource.getContents().isEmpty() || resource.getContents().get(0).eClass() != PlacesModel.REGISTER) {
			throw new IOException(file.getFileName() + " n'est pas un registre de lieux.");
		}
		EObject root = resource.getContents().get(0);
		List<Place> places = new ArrayList<>();
		@SuppressWarnings("unchecked")
		List<EObject> objects = (List<EObject>) root.eGet(feature(PlacesModel.REGISTER, "places"));
		for (EObject object : objects) {
			places.add(toPlace(object));
		}
		return new PlaceRegister(string(root, "source"), places);
	}

	/** Every register of a workspace folder ({@code .places} files at any depth), in path order; unreadable files are skipped. */
	public static List<PlaceRegister> loadAll(Path workspace) throws IOException {
		List<PlaceRegister> registers = new ArrayList<>();
		if (!Files.isDirectory(workspace)) {
			return registers;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(workspace)) {
			files = walk.filter(p -> p.getFileName().toString().endsWith("." + PlacesModel.EXTENSION) && Files.isRegularFile(p)).sorted().toList();
		}
		for (Path file : files) {
			try {
				registers.add(load(file));
			} catch (IOException | RuntimeException e) {
				// A damaged register must not hide the others; the validator is where files get reported.
			}
		}
		return registers;
	}

	private static Resource newResource() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(PlacesModel.NS_URI, PlacesModel.PACKAGE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/register." + PlacesModel.EXTENSION));
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static EObject toEObject(Place place) {
		EObject object = EcoreUtil.create(PlacesModel.PLACE);
		set(object, "id", place.id());
		object.eSet(feature(PlacesModel.PLACE, "row"), place.row());
		set(object, "name", place.name());
		set(object, "kind", place.kind());
		set(object, "communeCode", place.communeCode());
		set(object, "communeName", place.communeName());
		set(object, "departementCode", place.departementCode());
		set(object, "regionCode", place.regionCode());
		object.eSet(feature(PlacesModel.PLACE, "latitude"), place.latitude());
		object.eSet(feature(PlacesModel.PLACE, "longitude"), place.longitude());
		set(object, "address", place.address());
		set(object, "web", place.web());
		list(object, "defects").addAll(place.defects());
		list(object, "cases").addAll(place.caseIds());
		@SuppressWarnings("unchecked")
		List<EObject> raw = (List<EObject>) object.eGet(feature(PlacesModel.PLACE, "raw"));
		place.raw().forEach((column, value) -> {
			EObject rawValue = EcoreUtil.create(PlacesModel.RAW_VALUE);
			rawValue.eSet(feature(PlacesModel.RAW_VALUE, "column"), column);
			rawValue.eSet(feature(PlacesModel.RAW_VALUE, "value"), value);
			raw.add(rawValue);
		});
		return object;
	}

	private static Place toPlace(EObject object) {
		TreeMap<String, String> raw = new TreeMap<>();
		@SuppressWarnings("unchecked")
		List<EObject> rawValues = (List<EObject>) object.eGet(feature(PlacesModel.PLACE, "raw"));
		for (EObject rawValue : rawValues) {
			raw.put(string(rawValue, "column"), string(rawValue, "value"));
		}
		return new Place(string(object, "id"), (Integer) object.eGet(feature(PlacesModel.PLACE, "row")), string(object, "name"),
				string(object, "kind"), string(object, "communeCode"), string(object, "communeName"), string(object, "departementCode"),
				string(object, "regionCode"), (Double) object.eGet(feature(PlacesModel.PLACE, "latitude")),
				(Double) object.eGet(feature(PlacesModel.PLACE, "longitude")), string(object, "address"), string(object, "web"), raw,
				List.copyOf(list(object, "defects")), List.copyOf(list(object, "cases")));
	}

	private static void set(EObject object, String name, String value) {
		// Empty strings are left unset: the file stays short and an absent value reads back as "".
		object.eSet(feature(object.eClass(), name), value == null || value.isEmpty() ? null : value);
	}

	private static String string(EObject object, String name) {
		Object value = object.eGet(feature(object.eClass(), name));
		return value == null ? "" : value.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(EObject object, String name) {
		return (List<String>) object.eGet(feature(object.eClass(), name));
	}

	private static org.eclipse.emf.ecore.EStructuralFeature feature(org.eclipse.emf.ecore.EClass eClass, String name) {
		return PlacesModel.feature(eClass, name);
	}
}
