/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publication wrote: the HTML pages (in reading order), the PDF book (null when not asked), how many outputs
 * were rendered and how many were left as they were (inputs unchanged), and the warnings, each
 * {@code file:line: severity : message}.
 */
public record PublishReport(List<Path> pages, Path pdf, int rendered, int unchanged, List<String> warnings) {
}
