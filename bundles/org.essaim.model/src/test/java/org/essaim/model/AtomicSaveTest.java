/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.essaim.model.casestudy.CaseStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void aWriterFailingHalfwayLeavesTheOriginalWholeAndNoTemporaryFile() throws IOException {
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.full(), file);
		byte[] original = Files.readAllBytes(file);
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("<?xml version=\"1.0\"?>\n<casestudy:CaseStudy".getBytes(UTF_8));
			throw new IOException("disque plein (simulé)");
		}));
		assertEquals("disque plein (simulé)", failure.getMessage());
		assertArrayEquals(original, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder), "le fichier temporaire est supprimé");
	}

	@Test
	void aSaveIntoAReadOnlyFolderFailsAndLeavesTheOriginal() throws IOException {
		assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.stub(), file);
		byte[] original = Files.readAllBytes(file);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
		try {
			assumeFalse(Files.isWritable(folder), "root ignores folder permissions");
			assertThrows(AccessDeniedException.class, () -> CaseFiles.save(SampleCases.full(), file));
			assertArrayEquals(original, Files.readAllBytes(file));
		} finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aSuccessfulSaveReplacesTheFileAndLeavesNothingElse() throws IOException {
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.stub(), file);
		CaseStudy full = SampleCases.full();
		CaseFiles.save(full, file);
		assertArrayEquals(CaseFiles.toBytes(full), Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void theFileKeepsItsPermissions() throws IOException {
		assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.stub(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		CaseFiles.save(SampleCases.full(), file);
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aNewFileIsNotPrivateLikeATemporaryFile() throws IOException {
		assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path file = folder.resolve("ESSAI-1.case");
		CaseFiles.save(SampleCases.stub(), file);
		assertEquals("r", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).substring(3, 4),
				"lisible par le groupe, selon l'umask habituel");
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
