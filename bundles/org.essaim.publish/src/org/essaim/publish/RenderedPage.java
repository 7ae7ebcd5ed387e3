/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.util.List;

/** The HTML of one converted page, with what Asciidoctor warned about while converting it. */
public record RenderedPage(String html, List<String> warnings) {
}
