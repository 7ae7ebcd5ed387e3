/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Notices when the case file changes on disk behind the editor (git, another tool): the editor reloads it
 * when it has no unsaved change, and otherwise asks before a save overwrites the other version.
 */
final class DiskWatcher implements IResourceChangeListener {

	/** What the editor does about a change on disk. */
	interface Listener {
		/** The file on disk differs from what the editor loaded or last saved. */
		void changedOnDisk();
	}

	private final IFile file;
	private final Path path;
	private final Listener listener;
	private byte[] known;

	DiskWatcher(IFile file, Path path, Listener listener) {
		this.file = file;
		this.path = path;
		this.listener = listener;
		this.known = read();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	/** The editor wrote or reloaded the file: this content is the editor's own. */
	void known(byte[] bytes) {
		known = bytes;
	}

	/** Whether the disk holds something else than what the editor loaded or saved. */
	boolean changedSinceKnown() {
		byte[] now = read();
		return now != null && !Arrays.equals(now, known);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
			return;
		}
		if (changedSinceKnown()) {
			Display.getDefault().asyncExec(listener::changedOnDisk);
		}
	}

	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	private byte[] read() {
		try {
			return Files.readAllBytes(path);
		} catch (IOException e) {
			return null; // deleted or unreadable: nothing to compare
		}
	}
}
