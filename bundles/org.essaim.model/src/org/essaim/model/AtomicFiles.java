/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file through a synced temporary file in the same folder renamed over it: a crash, a full disk
 * or a failing writer leaves the old file whole, never half a file.
 */
final class AtomicFiles {

	/** Writes the whole content to the stream it is given. */
	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path temporary = createTemporary(target);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(target, temporary);
			move(temporary, target);
			moved = true;
			syncFolder(target.getParent());
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * Same folder, so the rename cannot cross file systems. Created with the default permissions (unlike
	 * Files.createTempFile, which makes it private), hidden by its leading dot.
	 */
	private static Path createTemporary(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	private static void keepPermissions(Path original, Path replacement) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
		if (view != null && Files.exists(original)) {
			Files.setPosixFilePermissions(replacement, view.readAttributes().permissions());
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Only file systems without an atomic rename get here (same folder, so not a cross-device move).
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; a best effort, as some platforms cannot open a folder for syncing. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// The file is complete and in place; only its durability across a power cut is not guaranteed.
		}
	}
}
