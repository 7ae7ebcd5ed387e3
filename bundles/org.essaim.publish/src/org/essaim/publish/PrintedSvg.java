/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A figure made fit for the PDF book, whose SVG renderer (prawn-svg) ignores some of what browsers draw. */
final class PrintedSvg {

	/** A label with a halo: prawn-svg ignores {@code paint-order}, so the halo would be painted over the letters. */
	private static final Pattern HALO = Pattern.compile("<text([^>]*?) stroke=\"([^\"]*)\" stroke-width=\"([^\"]*)\" paint-order=\"stroke\">([^<]*)</text>");

	private PrintedSvg() {
	}

	/** The same figure with each halo drawn as a text of its own under the label (round joins: no spikes on the letters). */
	static String of(String svg) {
		Matcher halo = HALO.matcher(svg);
		return halo.replaceAll(m -> Matcher.quoteReplacement("<text" + m.group(1) + " stroke=\"" + m.group(2) + "\" stroke-width=\"" + m.group(3)
				+ "\" stroke-linejoin=\"round\">" + m.group(4) + "</text><text" + m.group(1) + ">" + m.group(4) + "</text>"));
	}
}
