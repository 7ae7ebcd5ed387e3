/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the words of a practitioner ("il manque « } »", "un texte entre guillemets était
 * attendu") instead of ANTLR's ("mismatched input ... expecting RULE_STRING").
 */
public class CoopSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerError(context);
		}
		String found = found(exception.token);
		String message;
		if (exception instanceof MissingTokenException missing) {
			message = CoopMessages.format("syntax.missing", expected(context, missing.expecting), found);
		} else if (exception instanceof UnwantedTokenException) {
			message = CoopMessages.format("syntax.unwanted", found);
		} else if (exception instanceof MismatchedTokenException mismatched) {
			message = CoopMessages.format("syntax.mismatched", found, expected(context, mismatched.expecting));
		} else if (exception instanceof NoViableAltException || exception instanceof EarlyExitException) {
			message = CoopMessages.format("syntax.unexpected", found);
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/**
	 * The lexer fails only on a string or a comment that runs to the end of the file: say which one, and the line
	 * where it opened (the error itself is only noticed at the end of the file).
	 */
	private SyntaxErrorMessage lexerError(IParserErrorContext context) {
		String text = documentText(context);
		UnclosedText.Opening opening = text == null ? null : UnclosedText.find(text);
		String message;
		if (opening == null) {
			message = CoopMessages.format("syntax.unreadable");
		} else if (opening.comment()) {
			message = CoopMessages.format("syntax.unclosedComment", opening.line());
		} else {
			message = CoopMessages.format("syntax.unclosedString", opening.line(), String.valueOf(opening.quote()));
		}
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static String documentText(IErrorContext context) {
		INode node = context.getCurrentNode();
		if (node == null && context.getCurrentContext() != null) {
			node = NodeModelUtils.getNode(context.getCurrentContext());
		}
		return node == null ? null : node.getRootNode().getText();
	}

	/** A number that does not fit: the value and the allowed range, instead of Java's "For input string". */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		ValueConverterException exception = context.getValueConverterException();
		INode node = exception == null || exception.getNode() == null ? context.getCurrentNode() : exception.getNode();
		String written = node == null ? "" : NodeModelUtils.getTokenText(node);
		String message;
		if (written.matches("[0-9]+")) {
			message = CoopMessages.format("syntax.numberTooLarge", abbreviated(written), Integer.MAX_VALUE);
		} else {
			message = CoopMessages.format("syntax.badValue", abbreviated(written));
		}
		return new SyntaxErrorMessage(message, original.getIssueCode(), original.getIssueData());
	}

	/** A value of thousands of digits is quoted by its ends. */
	private static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 18) + "…" + text.substring(text.length() - 18);
	}

	private static String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return CoopMessages.format("syntax.endOfFile");
		}
		return "« " + token.getText() + " »";
	}

	/** A grammar token name (RULE_STRING, 'phase') as a practitioner would say it. */
	private static String expected(IParserErrorContext context, int tokenType) {
		String[] names = context.getTokenNames();
		if (tokenType == Token.EOF) {
			return CoopMessages.format("syntax.endOfFile");
		}
		if (names == null || tokenType < 0 || tokenType >= names.length) {
			return "?";
		}
		String name = names[tokenType];
		return switch (name) {
		case "RULE_ID" -> CoopMessages.format("syntax.aName");
		case "RULE_STRING" -> CoopMessages.format("syntax.aString");
		case "RULE_INT" -> CoopMessages.format("syntax.aNumber");
		default -> name.length() > 1 && name.startsWith("'") && name.endsWith("'") ? "« " + name.substring(1, name.length() - 1) + " »" : name;
		};
	}
}
