/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.labels;

import java.util.Optional;
import java.util.function.Function;

import org.essaim.protocol.coop.Protocol;

/**
 * One checkable criterion of a label, named as the practice guide names it (R1-C1...), with the words of the
 * source it comes from. {@code check} returns what is missing, in French, or empty when the protocol meets it.
 */
public record LabelCriterion(String id, String title, String quote, String source, Function<Protocol, Optional<String>> check) {

	/** The validation issue code of this criterion, stable for quick fixes and tools. */
	public String issueCode() {
		return "label_" + id;
	}

	public Optional<String> shortfall(Protocol protocol) {
		return check.apply(protocol);
	}
}
