/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Waits on the UI thread while keeping the event loop running, so that jobs can hand results back. */
public final class UiWait {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	private UiWait() {
	}

	/** Spins the event loop until {@code condition} holds, failing with {@code what} after a minute. */
	public static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep();
			}
		}
	}

	/** Waits until no job of {@code family} is waiting or running, then flushes pending UI work. */
	public static void jobsDone(Object family) {
		until("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
		flushEvents();
	}

	/** Runs the UI work already queued (asyncExec) without waiting for more. */
	public static void flushEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("Interrupted");
		}
	}
}
