/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

/** How serious a {@link Problem} is; the label is the one printed in `file:line:col: label: message`. */
public enum Severity {
	ERROR("error"), WARNING("warning"), INFO("info");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/** The lower-case label used by compilers' diagnostics, which editors and CI tools recognise. */
	public String label() {
		return label;
	}
}
