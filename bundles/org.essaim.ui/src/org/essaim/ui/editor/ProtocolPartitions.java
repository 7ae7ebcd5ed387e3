/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a protocol into comments, strings and the rest, incrementally: after a key press only the lines
 * around it are coloured again, which keeps typing in a long protocol immediate.
 */
public final class ProtocolPartitions {

	/** The partitioning of protocol documents (beside the platform's default one). */
	public static final String PARTITIONING = "org.essaim.ui.protocol.partitioning";
	public static final String COMMENT = "__coop_comment";
	public static final String STRING = "__coop_string";
	static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private ProtocolPartitions() {
	}

	/** Installs the partitioner on {@code document} once. */
	public static void install(IDocument document) {
		if (!(document instanceof IDocumentExtension3 extension) || extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] {
				new EndOfLineRule("//", new Token(COMMENT)),
				new MultiLineRule("/*", "*/", new Token(COMMENT), (char) 0, true),
				new MultiLineRule("\"", "\"", new Token(STRING), '\\', true),
				new MultiLineRule("'", "'", new Token(STRING), '\\', true) });
		IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
		partitioner.connect(document);
	}
}
