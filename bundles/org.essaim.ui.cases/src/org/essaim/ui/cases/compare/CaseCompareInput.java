/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.compare;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.essaim.model.CaseFiles;
import org.essaim.model.CaseLoadException;

/**
 * Two case files side by side in the platform's Compare editor: the tree of differing fields above, the
 * two values of the selected field below. Read only: the cases are edited in their own editors.
 */
public final class CaseCompareInput extends CompareEditorInput {

	private final Path left;
	private final Path right;

	public CaseCompareInput(Path left, Path right) {
		super(configuration(left, right));
		this.left = left;
		this.right = right;
		setTitle(Messages.bind(Messages.compare_title, left.getFileName(), right.getFileName()));
	}

	private static CompareConfiguration configuration(Path left, Path right) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(left.getFileName().toString());
		configuration.setRightLabel(right.getFileName().toString());
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		try {
			return differences(left, right, monitor);
		} catch (CaseLoadException e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
	}

	/** The tree of differences between two case files (null when they are equal, field by field). */
	public static Object differences(Path left, Path right, IProgressMonitor monitor) throws CaseLoadException {
		CaseNode leftTree = CaseNode.of(CaseFiles.load(left));
		CaseNode rightTree = CaseNode.of(CaseFiles.load(right));
		return new Differencer().findDifferences(false, monitor, null, null, leftTree, rightTree);
	}
}
