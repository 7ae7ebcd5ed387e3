/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file through a synced temporary file renamed over it, so that readers never see half a file. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Replaces {@code file} with {@code bytes} atomically; on failure the original is untouched. */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepPermissions(target, temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A temporary file is private (600); the saved file keeps the permissions the user gave the original. */
	private static void keepPermissions(Path original, Path replacement) throws IOException {
		if (Files.exists(original) && original.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
		} else if (replacement.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(replacement, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		}
	}
}
