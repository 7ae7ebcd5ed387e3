/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

/**
 * What to publish: the HTML site, the PDF book or both, the language of the generated labels ("fr" or "en"), and
 * who hears of the progress.
 */
public record PublishOptions(boolean html, boolean pdf, String lang, PublishProgress progress) {

	/** The HTML site in French, quietly. */
	public static PublishOptions site() {
		return new PublishOptions(true, false, "fr", PublishProgress.SILENT);
	}

	public PublishOptions withPdf(boolean pdf) {
		return new PublishOptions(html, pdf, lang, progress);
	}

	public PublishOptions withHtml(boolean html) {
		return new PublishOptions(html, pdf, lang, progress);
	}

	public PublishOptions withLang(String lang) {
		return new PublishOptions(html, pdf, lang, progress);
	}

	public PublishOptions withProgress(PublishProgress progress) {
		return new PublishOptions(html, pdf, lang, progress);
	}
}
