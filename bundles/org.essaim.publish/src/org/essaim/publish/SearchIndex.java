/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/**
 * The site's client-side search: a small JSON index (title, chapter, summary and address of every page) and a few
 * lines of JavaScript that match every word of the query, accents ignored, and list the first hits.
 */
final class SearchIndex {

	private SearchIndex() {
	}

	static String json(List<GuidePage> pages) {
		StringBuilder out = new StringBuilder("[\n");
		for (GuidePage page : pages) {
			if (out.length() > 2) {
				out.append(",\n");
			}
			out.append("{\"u\":").append(string(page.name() + ".html")).append(",\"t\":").append(string(page.title())).append(",\"s\":")
					.append(string(page.summary().length() > 200 ? page.summary().substring(0, 200) + "…" : page.summary())).append('}');
		}
		return out.append("\n]\n").toString();
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '<' -> out.append("\\u003c");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** The index as a script (a fetch of search.json is refused on file: addresses, a script is not). */
	static String script(List<GuidePage> pages) {
		return "window.essaimIndex = " + json(pages).strip() + ";\n";
	}

	/** Loads the index once, then filters it as the reader types; results are built as DOM text, never as HTML. */
	static final String SCRIPT = """
			(function () {
			  var me = document.currentScript, root = me.getAttribute('data-root'), index = null;
			  function fold(s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
			  function show(q, hits) {
			    hits.textContent = '';
			    var words = fold(q).split(/\\s+/).filter(Boolean);
			    if (!words.length || !index) return;
			    index.filter(function (p) {
			      var text = fold(p.t + ' ' + p.s);
			      return words.every(function (w) { return text.indexOf(w) >= 0; });
			    }).slice(0, 20).forEach(function (p) {
			      var li = document.createElement('li'), a = document.createElement('a'), s = document.createElement('span');
			      a.href = root + p.u; a.textContent = p.t; s.textContent = p.s;
			      li.appendChild(a); li.appendChild(s); hits.appendChild(li);
			    });
			  }
			  document.addEventListener('DOMContentLoaded', function () {
			    var q = document.getElementById('essaim-q'), hits = document.getElementById('essaim-hits');
			    if (!q) return;
			    q.addEventListener('input', function () {
			      if (index) { show(q.value, hits); return; }
			      if (document.getElementById('essaim-index')) return;
			      var data = document.createElement('script');
			      data.id = 'essaim-index'; data.src = root + 'search-index.js';
			      data.onload = function () { index = window.essaimIndex; show(q.value, hits); };
			      document.head.appendChild(data);
			    });
			  });
			})();
			""";
}
