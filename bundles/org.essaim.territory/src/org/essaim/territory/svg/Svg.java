/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.territory.svg;

import java.util.Locale;

/** A tiny SVG writer: escaped text, numbers with one decimal in the root locale, so output is byte-for-byte stable. */
final class Svg {

	static final String FONT = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"";

	private final StringBuilder out = new StringBuilder(16_384);

	Svg(double width, double height, String title, String description) {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
				.append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append("\" role=\"img\" ").append(FONT)
				.append(">\n");
		out.append("<title>").append(escape(title)).append("</title>\n");
		if (description != null && !description.isEmpty()) {
			out.append("<desc>").append(escape(description)).append("</desc>\n");
		}
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
	}

	Svg raw(String text) {
		out.append(text);
		return this;
	}

	Svg text(double x, double y, String text, int size, String anchor, String weight, String fill) {
		out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size).append('"');
		if (!"start".equals(anchor)) {
			out.append(" text-anchor=\"").append(anchor).append('"');
		}
		if (!"normal".equals(weight)) {
			out.append(" font-weight=\"").append(weight).append('"');
		}
		out.append(" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>\n");
		return this;
	}

	Svg rect(double x, double y, double width, double height, String fill, String stroke, String extra) {
		out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
				.append("\" height=\"").append(num(height)).append("\" fill=\"").append(fill).append('"');
		if (stroke != null) {
			out.append(" stroke=\"").append(stroke).append('"');
		}
		if (extra != null) {
			out.append(' ').append(extra);
		}
		out.append("/>\n");
		return this;
	}

	String end() {
		return out.append("</svg>\n").toString();
	}

	static String num(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}

	/** French thousands: 12 345 (narrow no-break space). */
	static String count(long value) {
		return String.format(Locale.FRANCE, "%,d", value).replace('\u00a0', '\u202f');
	}

	/** A label cut to {@code max} characters with an ellipsis. */
	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
