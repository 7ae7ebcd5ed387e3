/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.recovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.essaim.ui.cases.editor.CaseEditor;
import org.osgi.framework.FrameworkUtil;

/**
 * Every few seconds, copies the content of each dirty case editor to the {@link RecoveryArea}, so that a
 * crash loses at most that much typing. A save, or closing the editor, drops the copy.
 */
public final class AutoSaver {

	/** Seconds between two auto-saves; the system property essaim.autosave.seconds overrides it. */
	static final int DEFAULT_INTERVAL = 30;

	private static final AutoSaver INSTANCE = new AutoSaver();

	private final List<CaseEditor> editors = new ArrayList<>();
	private RecoveryArea area;
	private boolean scheduled;

	private AutoSaver() {
	}

	public static AutoSaver instance() {
		return INSTANCE;
	}

	/** The recovery area under this bundle's state folder (the workbench's -data). */
	public synchronized RecoveryArea area() {
		if (area == null) {
			area = new RecoveryArea(Platform.getStateLocation(FrameworkUtil.getBundle(AutoSaver.class)).append("recovery").toPath());
		}
		return area;
	}

	/** Starts auto-saving an editor while it is dirty. */
	public void track(CaseEditor editor) {
		editors.add(editor);
		if (!scheduled) {
			scheduled = true;
			Display.getDefault().timerExec(intervalMillis(), this::tick);
		}
	}

	/** Stops auto-saving an editor and drops its copy: it was closed, saved or not as the user chose. */
	public void untrack(CaseEditor editor) {
		editors.remove(editor);
		area().discard(editor.file());
	}

	/** Drops the copy of a saved editor. */
	public void discard(CaseEditor editor) {
		area().discard(editor.file());
	}

	/** Copies every dirty editor now; returns how many were copied. */
	public int saveNow() {
		int copied = 0;
		for (CaseEditor editor : List.copyOf(editors)) {
			if (editor.isDirty() && editor.model() != null) {
				try {
					area().write(editor.file(), editor.model().toBytes());
					copied++;
				} catch (IOException e) {
					ILog.of(AutoSaver.class).error("Copie de sauvegarde impossible pour " + editor.file(), e);
				}
			}
		}
		return copied;
	}

	private void tick() {
		if (editors.isEmpty()) {
			scheduled = false;
			return;
		}
		saveNow();
		Display.getDefault().timerExec(intervalMillis(), this::tick);
	}

	private static int intervalMillis() {
		return Integer.getInteger("essaim.autosave.seconds", DEFAULT_INTERVAL) * 1000;
	}
}
