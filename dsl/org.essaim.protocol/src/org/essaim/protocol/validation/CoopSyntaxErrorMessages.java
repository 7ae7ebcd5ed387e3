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
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/**
 * Syntax errors in the words of a practitioner ("il manque « } »", "un texte entre guillemets était
 * attendu") instead of ANTLR's ("mismatched input ... expecting RULE_STRING").
 */
public class CoopSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return super.getSyntaxErrorMessage(context);
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
