/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.cli;

/** Essaim's version, read from the bundle (or jar) manifest so that it is never out of date. */
final class Version {

	private Version() {
	}

	static String current() {
		String version = Version.class.getPackage().getImplementationVersion();
		if (version != null) {
			return version;
		}
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Version.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
