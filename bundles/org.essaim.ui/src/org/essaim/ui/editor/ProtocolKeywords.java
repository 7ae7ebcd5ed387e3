/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.editor;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.essaim.protocol.CoopLanguage;
import org.essaim.ui.EssaimUiPlugin;

/** The word keywords of the protocol grammar, read from the grammar itself so that coloring follows it. */
final class ProtocolKeywords {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");

	private static Set<String> keywords;

	private ProtocolKeywords() {
	}

	/** Word keywords (letters, inner hyphens as in "pôle-cluster"); punctuation is not colored. Empty if the language cannot load. */
	static synchronized Set<String> get() {
		if (keywords == null) {
			keywords = load();
		}
		return keywords;
	}

	private static Set<String> load() {
		try {
			IGrammarAccess grammarAccess = CoopLanguage.injector().getInstance(IGrammarAccess.class);
			Set<String> words = new TreeSet<>();
			for (String keyword : GrammarUtil.getAllKeywords(grammarAccess.getGrammar())) {
				if (WORD.matcher(keyword).matches()) {
					words.add(keyword);
				}
			}
			return Set.copyOf(words);
		} catch (RuntimeException | LinkageError e) {
			EssaimUiPlugin.logError("Cannot read the keywords of the protocol grammar", e);
			return Set.of();
		}
	}
}
