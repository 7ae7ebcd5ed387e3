/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyPackage;

/**
 * The case study an editor works on, inside an EMF editing domain: every change is a command of one
 * {@link BasicCommandStack}, which gives undo/redo and the dirty state.
 */
public final class CaseModel {

	private final AdapterFactoryEditingDomain domain;
	private final CaseStudy caseStudy;

	private CaseModel(CaseStudy caseStudy) {
		this.caseStudy = caseStudy;
		Resource resource = caseStudy.eResource();
		if (resource == null) {
			resource = CaseFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("new." + CaseFiles.EXTENSION));
			resource.getContents().add(caseStudy);
		}
		this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				resource.getResourceSet());
	}

	/** Loads the case of {@code file} (read only: nothing is written until {@link #save}). */
	public static CaseModel load(Path file) throws CaseLoadException {
		return new CaseModel(CaseFiles.load(file));
	}

	/** Parses XMI text the way a file is loaded, with the same errors (file, line, column). */
	public static CaseStudy parse(byte[] xmi, String name) throws CaseLoadException, IOException {
		Path folder = Files.createTempDirectory("essaim-xmi");
		Path file = folder.resolve(name);
		try {
			Files.write(file, xmi);
			return CaseFiles.load(file);
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
	}

	/** A model over a case not read from a file (a new case, a recovered copy). */
	public static CaseModel of(CaseStudy caseStudy) {
		return new CaseModel(caseStudy);
	}

	public CaseStudy caseStudy() {
		return caseStudy;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** Sets a feature through a command; does nothing when the value is already there. */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return;
		}
		execute(labelled(Messages.bind(Messages.command_set, Labels.of(feature)), SetCommand.create(domain, owner, feature, value)));
	}

	/** Adds an element to a containment list through a command. */
	public void add(EObject owner, EReference feature, EObject element) {
		execute(labelled(Messages.bind(Messages.command_add, Labels.of(element.eClass())),
				AddCommand.create(domain, owner, feature, element)));
	}

	/** Removes an element from a list through a command. */
	public void remove(EObject owner, EReference feature, EObject element) {
		execute(labelled(Messages.bind(Messages.command_remove, Labels.of(element.eClass())),
				RemoveCommand.create(domain, owner, feature, element)));
	}

	/** Replaces every feature of the case by those of {@code other} in one undoable command. */
	public void replaceWith(CaseStudy other) {
		CompoundCommand replace = new CompoundCommand(Messages.command_replace);
		CaseStudy copy = EcoreUtil.copy(other);
		for (EStructuralFeature feature : CasestudyPackage.Literals.CASE_STUDY.getEAllStructuralFeatures()) {
			Object value = copy.eIsSet(feature) ? copy.eGet(feature) : SetCommand.UNSET_VALUE;
			if (feature.isMany()) {
				value = new java.util.ArrayList<>((java.util.List<?>) copy.eGet(feature));
			}
			replace.append(SetCommand.create(domain, caseStudy, feature, value));
		}
		execute(replace);
	}

	/** The bytes a save writes (canonical XMI). */
	public byte[] toBytes() {
		return CaseFiles.toBytes(caseStudy);
	}

	/** Writes the case atomically to {@code file} and marks the command stack as saved. */
	public void save(Path file) throws IOException {
		CaseFiles.writeAtomically(file, toBytes());
		commandStack().saveIsDone();
	}

	public boolean isDirty() {
		return commandStack().isSaveNeeded();
	}

	/** EMF.Edit names its commands in English (« Set »): the Edit menu shows ours, in French. */
	private static Command labelled(String label, Command command) {
		CompoundCommand named = new CompoundCommand(label);
		named.append(command);
		return named;
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("Commande non exécutable : " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}
}
