/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

/** File names of the guide's pages, derived from ids so that no id can write outside the output folder. */
final class PageNames {

	static final String PROTOCOLS = "protocoles";
	static final String CASES = "cas";

	private PageNames() {
	}

	static String protocol(String name) {
		return PROTOCOLS + "/" + safe(name);
	}

	static String caseStudy(String id) {
		return CASES + "/" + safe(id);
	}

	/** Letters, digits, hyphens and underscores only; anything else (slashes, dots) becomes a hyphen. */
	static String safe(String id) {
		String cleaned = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "-");
		return cleaned.isEmpty() ? "sans-nom" : cleaned;
	}
}
