/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.essaim.index.SearchHit;
import org.essaim.ui.cases.compare.CompareCasesHandler;

/** « Cas similaires » on a .case file of the navigator (or a case of the results): shown in the Search view. */
public final class SimilarCasesHandler extends AbstractHandler {

	/** The root element's id attribute; the index knows cases by it. */
	private static final Pattern CASE_ID = Pattern.compile("<casestudy:CaseStudy\\b[^>]*?\\sid=\"([^\"]+)\"", Pattern.DOTALL);

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Optional<String> caseId = caseId(HandlerUtil.getCurrentSelection(event));
		if (caseId.isPresent()) {
			try {
				SearchView view = (SearchView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SearchView.ID);
				view.showSimilar(caseId.get());
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}

	/** The id of the one case selected, read from the search hit or from the file's root element. */
	static Optional<String> caseId(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof SearchHit hit) {
			return SearchHit.CASE.equals(hit.kind()) ? Optional.of(hit.id()) : Optional.empty();
		}
		List<Path> files = CompareCasesHandler.caseFiles(selection);
		return files.size() == 1 ? idOf(files.get(0)) : Optional.empty();
	}

	/** Reads only the head of the file: the id is an attribute of the root element, no need to load the model. */
	static Optional<String> idOf(Path caseFile) {
		try (InputStream in = Files.newInputStream(caseFile)) {
			Matcher matcher = CASE_ID.matcher(new String(in.readNBytes(8192), StandardCharsets.UTF_8));
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
