/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.model;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Remembers on a loaded object the line where its XML element starts. An adapter, not a map: it lives and
 * dies with the object, and EcoreUtil.copy/equals ignore it.
 */
final class ElementLine extends AdapterImpl {

	private final int line;

	private ElementLine(int line) {
		this.line = line;
	}

	static void record(EObject object, int line) {
		object.eAdapters().removeIf(adapter -> adapter instanceof ElementLine);
		object.eAdapters().add(new ElementLine(line));
	}

	static int of(EObject object) {
		for (Adapter adapter : object.eAdapters()) {
			if (adapter instanceof ElementLine elementLine) {
				return elementLine.line;
			}
		}
		return 0;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ElementLine.class;
	}
}
