/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.essaim.ui.application.ProtocolesPerspective;
import org.essaim.ui.workspace.WorkspaceProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Speed harness, not a test: opens a protocol of about a megabyte in the Protocoles perspective (outline shown),
 * types into it with real key events at a fast typist's pace, and prints the longest freeze of the UI thread
 * (the longest gap between ticks of a 5 ms display timer) and how long problems take to follow. Runs only with
 * -Dessaim.bench=true (see the pom); it asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "essaim.bench", matches = "true")
class TypingBenchmark {

	private static final int PHASES = 3700;
	private static final int ACTORS = 50;
	private static final long KEY_INTERVAL_MS = 60;
	private static final String TYPED = "une phrase tapée au clavier dans la description ";

	/** The longest interval between two ticks of the probe timer, since the last reset. */
	private static final class FreezeProbe implements Runnable {
		private final Display display;
		private long last = System.nanoTime();
		private long maxGap;
		private boolean running = true;
		private final java.util.List<String> longGaps = new java.util.ArrayList<>();
		private final long origin = System.nanoTime();

		FreezeProbe(Display display) {
			this.display = display;
			display.timerExec(5, this);
		}

		@Override
		public void run() {
			long now = System.nanoTime();
			maxGap = Math.max(maxGap, now - last);
			if (now - last > 50_000_000L) {
				longGaps.add(((now - last) / 1_000_000) + " ms at " + ((now - origin) / 1_000_000));
			}
			last = now;
			if (running) {
				display.timerExec(5, this);
			}
		}

		long resetMillis() {
			long gap = maxGap / 1_000_000;
			maxGap = 0;
			last = System.nanoTime();
			return gap;
		}
	}

	static String bigProtocol() {
		StringBuilder text = new StringBuilder(1_100_000);
		text.append("/** Un protocole d'un mégaoctet pour mesurer l'éditeur. */\nprotocole gros_protocole \"Gros protocole\" {\n");
		for (int i = 0; i < ACTORS; i++) {
			text.append("\t/** L'acteur ").append(i).append(". */\n\tacteur a").append(i).append(" \"Acteur ").append(i)
					.append("\" : collectivité local\n");
		}
		for (int i = 0; i < PHASES; i++) {
			text.append("\n\t/** La phase ").append(i).append(" du protocole. */\n\tphase p").append(i).append(" \"Phase ").append(i)
					.append("\" {\n");
			if (i > 0) {
				text.append("\t\taprès p").append(i - 1).append('\n');
			}
			text.append("\t\tdescription \"Une description de la phase ").append(i)
					.append(", assez longue pour ressembler à celle d'un vrai protocole de coopération territoriale.\"\n");
			text.append("\t\tparticipants a").append(i % ACTORS).append(" comme \"pilote\", a").append((i + 1) % ACTORS).append('\n');
			text.append("\t\tdurée 2 semaines\n\t}\n");
		}
		return text.append("}\n").toString();
	}

	private static void spin(Display display, long millis) {
		long deadline = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(1, () -> { });
				display.sleep();
			}
		}
	}

	private static long spinUntil(Display display, java.util.function.BooleanSupplier condition, long timeoutMillis) {
		long start = System.nanoTime();
		long deadline = start + timeoutMillis * 1_000_000;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> { });
				display.sleep();
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void typingInAMegabyteProtocol() throws Exception {
		Display display = Display.getCurrent();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(ProtocolesPerspective.ID, page.getWorkbenchWindow());
		IProject project = WorkspaceProject.current().orElseThrow();
		IFolder folder = project.getFolder(".bench");
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		IFile file = folder.getFile("gros-protocole.coop");
		String text = bigProtocol();
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		FreezeProbe probe = new FreezeProbe(display);
		try {
			long openStart = System.nanoTime();
			ProtocolEditor editor = (ProtocolEditor) IDE.openEditor(page, file, ProtocolEditor.ID);
			long opened = (System.nanoTime() - openStart) / 1_000_000;
			long firstAnalysis = spinUntil(display, () -> editor.model().issuesOf(editor.document().get()).isPresent(), 120_000);
			spin(display, 1000);
			long openFreeze = probe.resetMillis();

			StyledText widget = editor.viewer().getTextWidget();
			int at = editor.document().get().indexOf("description \"Une description de la phase 1600,") + "description \"".length();
			editor.selectAndReveal(at, 0);
			widget.setFocus();
			spin(display, 300);
			probe.resetMillis();
			int lengthBefore = editor.document().getLength();
			boolean realKeys = true;
			long typingStart = System.nanoTime();
			for (int i = 0; i < TYPED.length(); i++) {
				char c = TYPED.charAt(i);
				if (realKeys) {
					post(display, SWT.KeyDown, c);
					post(display, SWT.KeyUp, c);
				} else {
					widget.insert(String.valueOf(c));
					widget.setCaretOffset(widget.getCaretOffset() + 1);
				}
				spin(display, KEY_INTERVAL_MS);
				if (i == 0 && editor.document().getLength() == lengthBefore) {
					realKeys = false; // no keyboard focus under this display: type through the widget instead
					widget.insert(String.valueOf(c));
					widget.setCaretOffset(widget.getCaretOffset() + 1);
				}
			}
			long typingMillis = (System.nanoTime() - typingStart) / 1_000_000;
			long typingFreeze = probe.resetMillis();
			String typed = editor.document().get();
			long settle = spinUntil(display, () -> editor.model().issuesOf(typed).isPresent(), 120_000);
			spin(display, 1500);
			long settleFreeze = probe.resetMillis();

			// An error typed in the middle: how long until its marker is there.
			int broken = editor.document().get().indexOf("participants a10 comme", at);
			editor.document().replace(broken + "participants ".length(), 3, "zz9");
			long errorStart = System.nanoTime();
			long errorShown = spinUntil(display, () -> hasError(file), 120_000);
			long errorFreeze = probe.resetMillis();
			errorShown = (System.nanoTime() - errorStart) / 1_000_000;

			System.out.printf("BENCH protocol size: %d characters, %d phases%n", text.length(), PHASES);
			System.out.printf("BENCH open editor: %d ms; first analysis (markers, colours, outline) after %d ms more; max UI freeze while opening %d ms%n",
					opened, firstAnalysis, openFreeze);
			System.out.printf("BENCH typing %d characters (%s, one every %d ms, %d ms): max UI freeze %d ms%n", TYPED.length(),
					realKeys ? "real key events" : "widget inserts", KEY_INTERVAL_MS, typingMillis, typingFreeze);
			System.out.printf("BENCH analysis after the last key: %d ms; max UI freeze meanwhile %d ms%n", settle, settleFreeze);
			System.out.printf("BENCH error typed -> marker shown: %d ms; max UI freeze meanwhile %d ms%n", errorShown, errorFreeze);
			System.out.println("BENCH UI gaps over 50 ms (duration at ms since start): " + probe.longGaps);
			page.closeAllEditors(false);
			PlatformUI.getWorkbench().showPerspective(org.essaim.ui.application.CapitalisationPerspective.ID, page.getWorkbenchWindow());
		} finally {
			probe.running = false;
			file.delete(true, null);
			folder.delete(true, null);
		}
	}

	private static boolean hasError(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.anyMatch(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
		} catch (Exception e) {
			return false;
		}
	}

	private static void post(Display display, int type, char c) {
		Event event = new Event();
		event.type = type;
		event.character = c;
		event.keyCode = c;
		display.post(event);
	}
}
