/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.nio.file.Path;
import java.util.List;

/** What a publication wrote (HTML pages) and what Asciidoctor warned about. */
public record PublishReport(List<Path> pages, List<String> warnings) {
}
