/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.places;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.essaim.territory.internal.Json;

/**
 * The rows of a source file of places, column name to raw text: a CSV (UTF-8 or Latin-1, comma, semicolon or tab,
 * detected unless stated) or a GeoJSON collection of points (feature properties; LAT/LONG from the geometry).
 */
public record SourceTable(String name, String format, String encoding, String delimiter, List<Map<String, String>> rows) {

	public SourceTable {
		rows = List.copyOf(rows);
	}

	/** Reads a file, detecting format, encoding and delimiter. */
	public static SourceTable read(Path file) throws IOException {
		return read(file, null, null);
	}

	/**
	 * Reads a file; {@code charset} and {@code delimiter}, when not null, are used instead of being detected.
	 *
	 * @throws IOException when the file cannot be read or is not a table of places
	 */
	public static SourceTable read(Path file, Charset charset, Character delimiter) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String name = file.getFileName().toString();
		Charset encoding = charset != null ? charset : detectCharset(bytes);
		String text = new String(bytes, encoding);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".geojson") || lower.endsWith(".json") || text.stripLeading().startsWith("{")) {
			return new SourceTable(name, "GeoJSON", label(encoding), "—", geoJsonRows(text));
		}
		char separator = delimiter != null ? delimiter : detectDelimiter(text);
		return new SourceTable(name, "CSV", label(encoding), delimiterLabel(separator), csvRows(text, separator));
	}

	/** UTF-8 when the bytes decode as UTF-8, otherwise Windows-1252 (the Latin-1 of spreadsheets). */
	static Charset detectCharset(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		} catch (CharacterCodingException e) {
			return Charset.forName("windows-1252");
		}
	}

	/** The most frequent of semicolon, comma and tab on the header line. */
	static char detectDelimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long bestCount = -1;
		for (char candidate : new char[] { ';', ',', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static List<Map<String, String>> csvRows(String text, char separator) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).setTrim(false)
				.setIgnoreEmptyLines(true).get();
		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord record : format.parse(new StringReader(text))) {
			Map<String, String> row = new LinkedHashMap<>();
			for (String column : record.getParser().getHeaderNames()) {
				row.put(column.trim(), record.isSet(column) ? record.get(column) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> geoJsonRows(String text) throws IOException {
		Object document;
		try {
			document = Json.parse(text);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (!(document instanceof Map<?, ?> collection) || !(collection.get("features") instanceof List<?> features)) {
			throw new IOException("Le fichier GeoJSON n'est pas une collection d'entités (FeatureCollection).");
		}
		List<Map<String, String>> rows = new ArrayList<>();
		for (Object item : features) {
			Map<String, Object> feature = (Map<String, Object>) item;
			Map<String, String> row = new LinkedHashMap<>();
			if (feature.get("properties") instanceof Map<?, ?> properties) {
				properties.forEach((key, value) -> row.put(String.valueOf(key).trim(), text(value)));
			}
			if (feature.get("geometry") instanceof Map<?, ?> geometry && "Point".equals(geometry.get("type"))
					&& geometry.get("coordinates") instanceof List<?> coordinates && coordinates.size() >= 2) {
				row.putIfAbsent("LONG", text(coordinates.get(0)));
				row.putIfAbsent("LAT", text(coordinates.get(1)));
			}
			rows.add(row);
		}
		return rows;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString(number.longValue()) : number.toString();
		}
		return value.toString();
	}

	private static String label(Charset charset) {
		return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Latin-1 (Windows-1252)";
	}

	private static String delimiterLabel(char separator) {
		return switch (separator) {
		case ';' -> "point-virgule";
		case ',' -> "virgule";
		case '\t' -> "tabulation";
		default -> "« " + separator + " »";
		};
	}
}
