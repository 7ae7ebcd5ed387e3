/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.scoping;

/**
 * Scoping of the protocol language: Xtext's defaults suffice so far (a name alone inside its protocol,
 * "protocole.nom" from another file of the same resource set); the hook for finer rules later.
 */
public class CoopScopeProvider extends AbstractCoopScopeProvider {
}
