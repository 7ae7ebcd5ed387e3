/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the compact reference files shipped in this bundle (see data/NOTICE.md). */
final class ReferenceData {

	private ReferenceData() {
	}

	/** The records of a shipped file, header skipped; {@code .gz} files are decompressed. */
	static List<CSVRecord> read(String file) {
		InputStream raw = ReferenceData.class.getResourceAsStream("data/" + file);
		if (raw == null) {
			throw new IllegalStateException("Fichier de référence absent du bundle : data/" + file);
		}
		try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
			List<CSVRecord> records = new ArrayList<>();
			format.parse(reader).forEach(records::add);
			return records;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The rows of a shipped file without quoted fields (the communes: 37,590 rows), split on semicolons; header
	 * skipped. Several times faster than a general CSV parser, which matters for the first lookup's wait.
	 */
	static List<String[]> readPlain(String file) {
		InputStream raw = ReferenceData.class.getResourceAsStream("data/" + file);
		if (raw == null) {
			throw new IllegalStateException("Fichier de référence absent du bundle : data/" + file);
		}
		try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
			List<String[]> rows = new ArrayList<>(40_000);
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.indexOf('"') >= 0) {
					throw new IllegalStateException("Champ entre guillemets inattendu dans data/" + file + " : " + line);
				}
				rows.add(line.split(";", -1));
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text of a shipped file. */
	static String text(String file) {
		try (InputStream in = ReferenceData.class.getResourceAsStream("data/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Fichier de référence absent du bundle : data/" + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static int number(String text) {
		return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
	}
}
