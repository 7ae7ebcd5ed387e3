/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.publish;

import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Asks for a quiet publication when a protocol, a case or a guide chapter is saved, added or removed. Saves are
 * debounced: a burst of them gives one publication, {@link #DELAY_MILLIS} after the last.
 */
final class SaveWatcher implements IResourceChangeListener {

	static final long DELAY_MILLIS = 400;
	private static final Set<String> PUBLISHED = Set.of("case", "coop", "adoc");

	void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() != null && touchesGuide(event.getDelta())) {
			Publication.publishSoon(DELAY_MILLIS);
		}
	}

	/** Whether the delta changes the content of, adds or removes a file of the published project's guide. */
	static boolean touchesGuide(IResourceDelta delta) {
		IResource published = Publication.project().orElse(null);
		boolean[] found = new boolean[1];
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (found[0] || resource.getName().startsWith(".") && resource.getType() != IResource.ROOT) {
					return false;
				}
				if (resource.getType() == IResource.PROJECT && (!resource.equals(published) || child.getKind() == IResourceDelta.REMOVED)) {
					return false; // another project, or one going away: nothing of this guide changed
				}
				if (resource.getType() == IResource.FILE && PUBLISHED.contains(String.valueOf(resource.getFileExtension()))) {
					boolean content = child.getKind() == IResourceDelta.CHANGED && (child.getFlags() & IResourceDelta.CONTENT) != 0;
					found[0] = content || child.getKind() == IResourceDelta.ADDED || child.getKind() == IResourceDelta.REMOVED;
				}
				return true;
			});
		} catch (CoreException e) {
			PublishPlugin.log(e.getStatus());
		}
		return found[0];
	}
}
