/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The small Ecore model of the places register ({@code .places} files), kept apart from the case model: a
 * {@code PlaceRegister} holds {@code Place}s, each with its normalised fields, its {@code RawValue}s, its defects
 * and the ids of the cases that mention it. Built in code (dynamic EMF): no generated classes to maintain.
 */
public final class PlacesModel {

	/** Namespace of {@code .places} files. */
	public static final String NS_URI = "http://essaim.org/model/places/1.0";
	/** Extension of place register files. */
	public static final String EXTENSION = "places";

	static final EPackage PACKAGE;
	static final EClass REGISTER;
	static final EClass PLACE;
	static final EClass RAW_VALUE;

	static {
		EcoreFactory factory = EcoreFactory.eINSTANCE;
		PACKAGE = factory.createEPackage();
		PACKAGE.setName("places");
		PACKAGE.setNsPrefix("places");
		PACKAGE.setNsURI(NS_URI);
		RAW_VALUE = eClass("RawValue");
		attribute(RAW_VALUE, "column", EcorePackage.Literals.ESTRING, false);
		attribute(RAW_VALUE, "value", EcorePackage.Literals.ESTRING, false);
		PLACE = eClass("Place");
		EAttribute id = attribute(PLACE, "id", EcorePackage.Literals.ESTRING, false);
		id.setID(true);
		attribute(PLACE, "row", EcorePackage.Literals.EINT, false);
		for (String name : new String[] { "name", "kind", "communeCode", "communeName", "departementCode", "regionCode" }) {
			attribute(PLACE, name, EcorePackage.Literals.ESTRING, false);
		}
		attribute(PLACE, "latitude", EcorePackage.Literals.EDOUBLE_OBJECT, false);
		attribute(PLACE, "longitude", EcorePackage.Literals.EDOUBLE_OBJECT, false);
		attribute(PLACE, "address", EcorePackage.Literals.ESTRING, false);
		attribute(PLACE, "web", EcorePackage.Literals.ESTRING, false);
		attribute(PLACE, "defects", EcorePackage.Literals.ESTRING, true);
		attribute(PLACE, "cases", EcorePackage.Literals.ESTRING, true);
		containment(PLACE, "raw", RAW_VALUE);
		REGISTER = eClass("PlaceRegister");
		attribute(REGISTER, "source", EcorePackage.Literals.ESTRING, false);
		containment(REGISTER, "places", PLACE);
	}

	private PlacesModel() {
	}

	/** The Ecore package, for tools that want to browse {@code .places} files reflectively. */
	public static EPackage ePackage() {
		return PACKAGE;
	}

	static EStructuralFeature feature(EClass eClass, String name) {
		return eClass.getEStructuralFeature(name);
	}

	private static EClass eClass(String name) {
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		PACKAGE.getEClassifiers().add(eClass);
		return eClass;
	}

	private static EAttribute attribute(EClass owner, String name, EClassifier type, boolean many) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		attribute.setUpperBound(many ? -1 : 1);
		owner.getEStructuralFeatures().add(attribute);
		return attribute;
	}

	private static void containment(EClass owner, String name, EClass type) {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(type);
		reference.setUpperBound(-1);
		reference.setContainment(true);
		owner.getEStructuralFeatures().add(reference);
	}
}
