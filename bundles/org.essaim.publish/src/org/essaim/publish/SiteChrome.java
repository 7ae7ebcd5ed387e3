/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/**
 * What every HTML page of the site shares around Asciidoctor's output: a header with the guide's title, a menu of the
 * chapters (the current one marked) and the search box. Written as HTML here, with every title escaped, so that the
 * AsciiDoc sources stay plain content (and render the same with the Ruby command).
 */
final class SiteChrome {

	static final String STYLESHEET = "essaim.css";
	static final String SCRIPT = "search.js";
	static final String SEARCH_INDEX = "search.json";

	private SiteChrome() {
	}

	/** The page's HTML with the header inserted at the start of its body. */
	static String wrap(String html, GuidePage page, List<GuidePage> chapters) {
		int body = html.indexOf("<body");
		int end = body < 0 ? -1 : html.indexOf('>', body);
		if (end < 0) {
			return html;
		}
		return html.substring(0, end + 1) + "\n" + header(page, chapters) + html.substring(end + 1);
	}

	static String header(GuidePage page, List<GuidePage> chapters) {
		String root = Links.relative(page.name(), "");
		StringBuilder out = new StringBuilder("<header id=\"essaim-header\"><div class=\"essaim-bar\">");
		out.append("<a class=\"essaim-home\" href=\"").append(root).append("index.html\">").append(html(Labels.text("guideTitle"))).append("</a>");
		out.append("<form class=\"essaim-search\" role=\"search\" onsubmit=\"return false\"><input type=\"search\" id=\"essaim-q\" placeholder=\"")
				.append(html(Labels.text("searchPlaceholder"))).append("\" aria-label=\"").append(html(Labels.text("searchPlaceholder")))
				.append("\" autocomplete=\"off\"><ol id=\"essaim-hits\"></ol></form></div>\n<nav class=\"essaim-menu\"><ul>");
		for (GuidePage chapter : chapters) {
			out.append("<li").append(chapter.name().equals(page.chapter()) ? " class=\"current\"" : "").append("><a href=\"").append(root)
					.append(chapter.name()).append(".html\">").append(html(chapter.title())).append("</a></li>");
		}
		out.append("</ul></nav></header>\n<script src=\"").append(root).append(SCRIPT).append("\" data-root=\"").append(root).append("\" defer></script>\n");
		return out.toString();
	}

	/** Text for HTML content or a quoted attribute. */
	static String html(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Essaim's additions to Asciidoctor's default stylesheet: the header, the menu, the search box, templates and checklists. */
	static final String CUSTOM_CSS = """

			/* Essaim */
			#essaim-header{background:#1d3b2a;color:#fff;font-family:"Open Sans","DejaVu Sans",sans-serif}
			#essaim-header a{color:#fff;text-decoration:none}
			.essaim-bar{display:flex;align-items:center;justify-content:space-between;max-width:62.5em;margin:0 auto;padding:.6em 1em}
			.essaim-home{font-size:1.25em;font-weight:600}
			.essaim-search{position:relative}
			#essaim-q{width:16em;padding:.3em .5em;border-radius:4px;border:0;font-size:.95em}
			#essaim-hits{position:absolute;right:0;z-index:10;list-style:none;margin:.2em 0 0;padding:0;width:26em;max-height:24em;overflow:auto;background:#fff;box-shadow:0 4px 12px rgba(0,0,0,.25)}
			#essaim-hits:empty{display:none}
			#essaim-hits li{margin:0;padding:.35em .6em;border-bottom:1px solid #eee;font-size:.9em;line-height:1.3}
			#essaim-hits li a{color:#1d3b2a;font-weight:600}
			#essaim-hits li span{display:block;color:#555;font-size:.9em}
			.essaim-menu{background:#2d5a3f}
			.essaim-menu ul{display:flex;flex-wrap:wrap;max-width:62.5em;margin:0 auto;padding:0 .5em;list-style:none}
			.essaim-menu li{margin:0}
			.essaim-menu a{display:block;padding:.45em .7em;font-size:.92em}
			#essaim-header .essaim-menu li.current a{background:#f7f7f2;color:#1d3b2a;font-weight:600}
			#essaim-header .essaim-menu a:hover{background:#3d7353}
			.timeline td:first-child{font-weight:600;color:#1d3b2a;white-space:nowrap}
			.essaim-template{background:#fbfaf3;border-left:4px solid #c9a227}
			ul.checklist li{margin-bottom:.25em}
			.imageblock object{max-width:100%;height:auto}
			""";
}
