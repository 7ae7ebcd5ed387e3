/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (objects as ordered maps, arrays as lists, numbers as doubles), enough for GeoJSON;
 * the target platform has no JSON library that other bundles may rely on.
 */
public final class Json {

	private final String text;
	private int position;

	private Json(String text) {
		this.text = text;
	}

	/** Parses a whole JSON document. */
	public static Object parse(String text) {
		Json json = new Json(text);
		json.skipBlanks();
		Object value = json.value();
		json.skipBlanks();
		if (json.position != text.length()) {
			throw json.error("fin du document attendue");
		}
		return value;
	}

	private Object value() {
		if (position >= text.length()) {
			throw error("valeur attendue");
		}
		char c = text.charAt(position);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		position++;
		skipBlanks();
		if (peek() == '}') {
			position++;
			return map;
		}
		while (true) {
			skipBlanks();
			String key = string();
			skipBlanks();
			expect(':');
			skipBlanks();
			map.put(key, value());
			skipBlanks();
			if (peek() == ',') {
				position++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		position++;
		skipBlanks();
		if (peek() == ']') {
			position++;
			return list;
		}
		while (true) {
			skipBlanks();
			list.add(value());
			skipBlanks();
			if (peek() == ',') {
				position++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder builder = new StringBuilder();
		while (true) {
			if (position >= text.length()) {
				throw error("chaîne non terminée");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				return builder.toString();
			}
			if (c == '\\') {
				char escaped = text.charAt(position++);
				switch (escaped) {
				case 'n' -> builder.append('\n');
				case 't' -> builder.append('\t');
				case 'r' -> builder.append('\r');
				case 'b' -> builder.append('\b');
				case 'f' -> builder.append('\f');
				case 'u' -> {
					builder.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
					position += 4;
				}
				default -> builder.append(escaped);
				}
			} else {
				builder.append(c);
			}
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, position)) {
			throw error("valeur inconnue");
		}
		position += word.length();
		return value;
	}

	private Double number() {
		int start = position;
		while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
			position++;
		}
		if (start == position) {
			throw error("valeur attendue");
		}
		return Double.valueOf(text.substring(start, position));
	}

	private char peek() {
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("« " + c + " » attendu");
		}
		position++;
	}

	private void skipBlanks() {
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON invalide à la position " + position + " : " + what);
	}
}
