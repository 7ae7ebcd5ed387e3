/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.essaim.model.Messages;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Source;

/** Reads the CSV that {@link CaseCsvWriter} writes (or a spreadsheet saved from it) back into cases. */
public final class CaseCsvReader {

	private CaseCsvReader() {
	}

	/** The rows of {@code csv}; a header that misses the id column is an error of the whole file. */
	public static List<CsvRow> read(String csv) throws IOException {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv; // spreadsheets add a byte order mark
		List<CsvRow> rows = new ArrayList<>();
		try (CSVParser parser = CaseCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
			Map<String, Integer> header = parser.getHeaderMap();
			if (!header.containsKey("id")) {
				throw new IOException(Messages.format("csv.noIdColumn"));
			}
			LineCounter lines = new LineCounter(text);
			for (CSVRecord record : parser) {
				rows.add(row(record, header, lines.lineAt(record.getCharacterPosition())));
			}
		} catch (IllegalArgumentException e) {
			// A header naming a column twice: commons-csv refuses it before reading any row.
			throw new IOException(Messages.format("csv.malformed", e.getMessage()), e);
		} catch (UncheckedIOException e) {
			// commons-csv's iterator wraps a syntax error (an unterminated quote) in an unchecked exception.
			throw new IOException(Messages.format("csv.malformed", e.getCause().getMessage()), e);
		}
		return rows;
	}

	/** Line numbers of increasing positions, counted from where the previous one stopped (a rescan per row was quadratic). */
	private static final class LineCounter {
		private final String text;
		private int position;
		private int line = 1;

		LineCounter(String text) {
			this.text = text;
		}

		int lineAt(long target) {
			for (; position < target && position < text.length(); position++) {
				if (text.charAt(position) == '\n') {
					line++;
				}
			}
			return line;
		}
	}

	private static CsvRow row(CSVRecord record, Map<String, Integer> header, int line) {
		CaseStudy c = CasestudyFactory.eINSTANCE.createCaseStudy();
		List<String> errors = new ArrayList<>();
		for (EAttribute attribute : CaseCsvLayout.SCALARS) {
			String cell = cell(record, header, attribute.getName());
			if (cell != null) {
				set(c, attribute, cell, line, attribute.getName(), errors);
			}
		}
		Map<String, Source> sources = new HashMap<>();
		for (ListColumn list : CaseCsvLayout.LISTS) {
			String cell = cell(record, header, list.name());
			if (cell != null) {
				readList(c, list, cell, line, sources, errors);
			}
			if (list.name().equals("sources")) {
				c.getSources().forEach(source -> sources.put(source.getId(), source));
			}
		}
		return new CsvRow(line, c, errors);
	}

	/** The cell of a column, or null when the file has no such column (the case keeps its value). */
	private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		return index == null || index >= record.size() ? null : record.get(index);
	}

	private static void readList(CaseStudy c, ListColumn list, String cell, int line, Map<String, Source> sources, List<String> errors) {
		if (cell.isBlank()) {
			return;
		}
		@SuppressWarnings("unchecked")
		List<EObject> parts = (List<EObject>) c.eGet(list.reference());
		try (CSVParser parser = CaseCsvWriter.PART_FORMAT.parse(new StringReader(cell))) {
			for (CSVRecord partRecord : parser) {
				EObject part = EcoreUtil.create(list.partClass());
				for (int i = 0; i < list.fields().size() && i < partRecord.size(); i++) {
					EStructuralFeature feature = part.eClass().getEStructuralFeature(list.fields().get(i));
					String value = partRecord.get(i);
					if (feature.getName().equals("evidence")) {
						cite(part, feature, value, line, list.name(), sources, errors);
					} else if (!value.isEmpty()) {
						set(part, (EAttribute) feature, value, line, list.name(), errors);
					}
				}
				parts.add(part);
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			errors.add(Messages.format("csv.badList", line, list.name(), e.getMessage()));
		}
	}

	private static void cite(EObject part, EStructuralFeature evidence, String ids, int line, String column, Map<String, Source> sources,
			List<String> errors) {
		@SuppressWarnings("unchecked")
		List<Source> cited = (List<Source>) part.eGet(evidence);
		for (String id : ids.split("\\s+")) {
			if (id.isEmpty()) {
				continue;
			}
			Source source = sources.get(id);
			if (source == null) {
				errors.add(Messages.format("csv.unknownSource", line, column, id));
			} else {
				cited.add(source);
			}
		}
	}

	/** Sets an attribute from its text: enums by name or French label, numbers, booleans, lists one per line. */
	private static void set(EObject object, EAttribute attribute, String text, int line, String column, List<String> errors) {
		if (attribute.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) object.eGet(attribute);
			text.lines().filter(value -> !value.isBlank()).forEach(values::add);
			return;
		}
		if (text.isEmpty()) {
			return;
		}
		EDataType type = attribute.getEAttributeType();
		try {
			Object value;
			if (type instanceof EEnum eEnum) {
				value = literal(eEnum, text);
				if (value == null) {
					errors.add(Messages.format("csv.unknownValue", line, column, text, allowed(eEnum)));
					return;
				}
			} else if (type.getInstanceClass() == BigDecimal.class) {
				value = new BigDecimal(text.strip().replace(',', '.'));
			} else if (type.getInstanceClass() == Integer.class || type.getInstanceClass() == int.class) {
				value = Integer.valueOf(text.strip());
			} else if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
				if (!text.equals("true") && !text.equals("false")) {
					errors.add(Messages.format("csv.notBoolean", line, column, text));
					return;
				}
				value = Boolean.valueOf(text);
			} else {
				value = text;
			}
			object.eSet(attribute, value);
		} catch (NumberFormatException e) {
			errors.add(Messages.format("csv.notNumber", line, column, text));
		}
	}

	private static Enumerator literal(EEnum eEnum, String text) {
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getName().equals(text.strip()) || literal.getLiteral().equals(text.strip())) {
				return literal.getInstance();
			}
		}
		return null;
	}

	private static String allowed(EEnum eEnum) {
		return String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList());
	}
}
