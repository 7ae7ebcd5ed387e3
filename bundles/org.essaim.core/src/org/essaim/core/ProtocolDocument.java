/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.nio.file.Path;

import org.essaim.protocol.coop.Protocol;

/** A protocol file of the workspace with its parsed (and linked) model. */
public record ProtocolDocument(Path file, Protocol protocol) {
}
