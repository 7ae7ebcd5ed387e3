/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.ide;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Completion over a line-indexed copy of the document, so that its cost does not grow with the file's length. */
public class CoopContentAssistService extends ContentAssistService {

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		Document indexed = document instanceof LineIndexedDocument ? document : new LineIndexedDocument(document);
		return super.createCompletionList(indexed, resource, params, cancelIndicator);
	}
}
