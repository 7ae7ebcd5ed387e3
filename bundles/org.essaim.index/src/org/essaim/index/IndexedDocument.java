/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

/** The text of one source file as the index sees it, already flattened into weighted fields. */
record IndexedDocument(String path, String id, String kind, String title, String names, String summary, String body) {
}
