/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A query as a person typed it, read within bounds so that any text gets an answer or a French message, in
 * bounded time: parentheses nested deeper than {@link #MAX_NESTING} are refused (the parser would overflow the
 * stack), text past {@link #MAX_CHARACTERS} characters or {@link #MAX_WORDS} words is cut, with a notice that says
 * so. Broken syntax is retried as plain words; the synonym graph, which cannot analyse thousands of positions, is
 * left out when it fails.
 */
final class TypedQuery {

	/** Levels of parentheses a query may nest: far more than anybody types, far less than the parser's stack holds. */
	static final int MAX_NESTING = 32;
	/** Words searched at most (operators apart): a pasted paragraph is cut rather than refused. */
	static final int MAX_WORDS = 100;
	/** Characters read at most, so that one "word" of thousands of hyphenated parts is bounded too. */
	static final int MAX_CHARACTERS = 4_000;

	private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-");

	/** The Lucene query and what was left out of the typed text, said for the person who typed it. */
	record Parsed(Query query, List<String> notices) {
	}

	/** How much of the typed text is read: its first {@code words} words, and at most {@code characters} characters. */
	record Budget(int words, int characters) {

		/** Half as much (words first, then characters), or null when nothing smaller is worth trying. */
		Budget halved() {
			if (words > 1) {
				return new Budget(words / 2, characters);
			}
			return characters > 16 ? new Budget(words, characters / 2) : null;
		}
	}

	private final String typed;
	/** The typed text split on white space: words and operators. */
	private final List<String> tokens;
	private final int words;

	private TypedQuery(String typed) {
		this.typed = typed;
		this.tokens = Arrays.asList(typed.strip().split("\\s+"));
		this.words = (int) tokens.stream().filter(token -> !OPERATORS.contains(token)).count();
	}

	/** Reads {@code text}; a blank or too deeply nested one is refused with its reason. */
	static TypedQuery read(String text) throws QueryException {
		if (text == null || text.isBlank()) {
			throw new QueryException(QueryRunner.MESSAGES.format("emptyQuery"));
		}
		int nesting = nesting(text);
		if (nesting > MAX_NESTING) {
			throw new QueryException(QueryRunner.MESSAGES.format("tooDeep", nesting, MAX_NESTING));
		}
		return new TypedQuery(text);
	}

	/** The most that is read of a query: {@link #MAX_WORDS} words, {@link #MAX_CHARACTERS} characters. */
	Budget fullBudget() {
		return new Budget(Math.max(1, Math.min(words, MAX_WORDS)), MAX_CHARACTERS);
	}

	/**
	 * The query of what {@code budget} reads of the typed text. Throws {@link IndexSearcher.TooManyClauses} when even
	 * that asks for more clauses than Lucene allows, so that the caller can read less.
	 */
	Parsed parse(Analyzer analyzer, Budget budget) throws QueryException {
		List<String> notes = new ArrayList<>();
		String text = read(budget);
		if (budget.words() < words) {
			notes.add(QueryRunner.MESSAGES.format("cutWords", budget.words(), words));
		}
		if (text.length() < typed.strip().length() && budget.words() >= words) {
			notes.add(QueryRunner.MESSAGES.format("cutCharacters", text.length(), typed.strip().length()));
		}
		Exception first = null;
		// As typed; without the synonym graph; as plain words; plain words without the graph.
		String plain = QueryParserBase.escape(text);
		String[] texts = { text, text, plain, plain };
		boolean[] graphs = { true, false, true, false };
		for (int attempt = 0; attempt < texts.length; attempt++) {
			BoundedQueryParser parser = new BoundedQueryParser(analyzer, graphs[attempt]);
			try {
				Query query = parser.parse(texts[attempt]);
				if (parser.plainedTerms() > 0) {
					notes.add(QueryRunner.MESSAGES.format("cutExpansions", parser.plainedTerms(), BoundedQueryParser.MAX_EXPANDING_TERMS));
				}
				if (parser.tooLargeRegexps() > 0) {
					notes.add(QueryRunner.MESSAGES.format("cutRegexps", parser.tooLargeRegexps()));
				}
				return new Parsed(query, List.copyOf(notes));
			} catch (ParseException | RuntimeException e) {
				IndexSearcher.TooManyClauses tooMany = find(e, IndexSearcher.TooManyClauses.class);
				if (tooMany != null) {
					throw tooMany;
				}
				first = first == null ? e : first;
			}
		}
		throw new QueryException(QueryRunner.MESSAGES.format("badQuery", QueryRunner.abbreviate(typed), reason(typed, first)));
	}

	/** The typed text as {@code budget} reads it; a cut query never ends on an operator that would wait for a word. */
	private String read(Budget budget) {
		if (budget.words() >= words && typed.length() <= budget.characters()) {
			return typed;
		}
		List<String> kept = new ArrayList<>();
		int keptWords = 0;
		for (String token : tokens) {
			boolean operator = OPERATORS.contains(token);
			if (!operator && keptWords == budget.words()) {
				break;
			}
			kept.add(token);
			keptWords += operator ? 0 : 1;
		}
		while (!kept.isEmpty() && OPERATORS.contains(kept.get(kept.size() - 1))) {
			kept.remove(kept.size() - 1);
		}
		String text = String.join(" ", kept);
		if (text.length() > budget.characters()) {
			int end = budget.characters();
			end = Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
			text = text.substring(0, end);
		}
		return text;
	}

	/** Why Lucene could not read the query, in words, instead of its English grammar dump. */
	private static String reason(String text, Exception failure) {
		if (Arrays.stream(text.strip().split("\\s+")).allMatch(OPERATORS::contains)) {
			return QueryRunner.MESSAGES.format("reason.operatorsOnly");
		}
		ParseException syntax = find(failure, ParseException.class, e -> e.currentToken != null);
		if (syntax != null) {
			Token next = syntax.currentToken.next;
			if (next == null || next.kind == QueryParserConstants.EOF) {
				return QueryRunner.MESSAGES.format("reason.incomplete");
			}
			if (OPERATORS.contains(next.image)) {
				return QueryRunner.MESSAGES.format("reason.misplacedOperator", next.image);
			}
			return QueryRunner.MESSAGES.format("reason.unexpected", QueryRunner.abbreviate(next.image), next.beginColumn + 1);
		}
		if (failure instanceof RuntimeException) {
			return QueryRunner.MESSAGES.format("reason.tooComplex");
		}
		return QueryRunner.MESSAGES.format("reason.syntax");
	}

	/** The deepest nesting of parentheses outside quotes (a backslash escapes the next character). */
	static int nesting(String text) {
		int depth = 0;
		int deepest = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '(') {
				deepest = Math.max(deepest, ++depth);
			} else if (!quoted && c == ')' && depth > 0) {
				depth--;
			}
		}
		return deepest;
	}

	private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
		return find(thrown, type, any -> true);
	}

	private static <T extends Throwable> T find(Throwable thrown, Class<T> type, java.util.function.Predicate<T> condition) {
		for (Throwable current = thrown; current != null; current = current.getCause() == current ? null : current.getCause()) {
			if (type.isInstance(current) && condition.test(type.cast(current))) {
				return type.cast(current);
			}
		}
		return null;
	}
}
