/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.compare;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.essaim.index.compare.CaseMatrix;

/** The cross-case matrix of some case files, already built (the editor only shows it). */
public record CaseMatrixInput(List<Path> files, CaseMatrix matrix) implements IEditorInput {

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.matrix_title, matrix.rows().size());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // rebuilt from the files on demand, never restored
	}

	@Override
	public String getToolTipText() {
		return String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
