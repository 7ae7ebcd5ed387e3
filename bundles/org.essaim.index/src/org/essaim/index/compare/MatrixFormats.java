/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the comparison tables as CSV (RFC 4180, UTF-8 text, header row) and as AsciiDoc tables. */
public final class MatrixFormats {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private MatrixFormats() {
	}

	/** The matrix as CSV: a header row, then one row per case. */
	public static String csv(CaseMatrix matrix) {
		return csv(matrix.columns(), matrix.rows());
	}

	/** The QCA table as CSV: {@code CAS} then the 0/1 columns; case ids are the row names. */
	public static String csv(ConditionsTable table) {
		List<String> header = new ArrayList<>();
		header.add("CAS");
		header.addAll(table.columns());
		return csv(header, qcaRows(table));
	}

	/** The matrix as an AsciiDoc table with a header row, ready to include in a publication. */
	public static String asciiDoc(CaseMatrix matrix) {
		return asciiDoc(matrix.columns(), matrix.rows(), "1,3,3,3,3,2,2,2,2,4");
	}

	/** The QCA table as an AsciiDoc table. */
	public static String asciiDoc(ConditionsTable table) {
		List<String> header = new ArrayList<>();
		header.add("CAS");
		header.addAll(table.columns());
		return asciiDoc(header, qcaRows(table), String.join(",", java.util.Collections.nCopies(header.size(), "1")));
	}

	private static List<List<String>> qcaRows(ConditionsTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < table.caseIds().size(); r++) {
			List<String> row = new ArrayList<>();
			row.add(table.caseIds().get(r));
			for (int c = 0; c < table.columns().size(); c++) {
				row.add(Integer.toString(table.value(r, c)));
			}
			rows.add(row);
		}
		return rows;
	}

	private static String csv(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		return out.toString();
	}

	private static String asciiDoc(List<String> header, List<List<String>> rows, String cols) {
		StringBuilder out = new StringBuilder();
		out.append("[%header,cols=\"").append(cols).append("\"]\n|===\n");
		out.append(header.stream().map(cell -> "|" + cell(cell)).reduce((a, b) -> a + " " + b).orElse("")).append("\n");
		for (List<String> row : rows) {
			out.append('\n');
			for (String value : row) {
				out.append('|').append(cell(value)).append('\n');
			}
		}
		return out.append("|===\n").toString();
	}

	/** A cell's text with the table separator escaped and on one line. */
	private static String cell(String value) {
		return value.replace("|", "\\|").replaceAll("\\s+", " ").strip();
	}
}
