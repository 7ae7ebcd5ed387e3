/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.IStructureCreator;
import org.eclipse.core.runtime.CoreException;
import org.essaim.model.CaseLoadException;
import org.essaim.ui.cases.editor.CaseModel;

/**
 * Lets any Compare of two {@code .case} contents (history, two files) show the cases' structure field by
 * field instead of XML lines. Contents that do not load as a case give no structure (the text compare remains).
 */
public final class CaseStructureCreator implements IStructureCreator {

	@Override
	public String getName() {
		return Messages.structure_name;
	}

	@Override
	public IStructureComparator getStructure(Object input) {
		if (!(input instanceof IStreamContentAccessor accessor)) {
			return null;
		}
		try (InputStream contents = accessor.getContents()) {
			return contents == null ? null : CaseNode.of(CaseModel.parse(contents.readAllBytes(), "compare.case"));
		} catch (CoreException | IOException | CaseLoadException e) {
			return null;
		}
	}

	@Override
	public IStructureComparator locate(Object path, Object input) {
		return null;
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		if (node instanceof CaseNode caseNode) {
			return ignoreWhitespace ? caseNode.content().strip() : caseNode.content();
		}
		if (node instanceof IStreamContentAccessor accessor) {
			try (InputStream contents = accessor.getContents()) {
				return new String(contents.readAllBytes(), StandardCharsets.UTF_8);
			} catch (CoreException | IOException e) {
				return null;
			}
		}
		return null;
	}

	@Override
	public void save(IStructureComparator node, Object input) {
		throw new UnsupportedOperationException("Case comparisons are read only");
	}
}
