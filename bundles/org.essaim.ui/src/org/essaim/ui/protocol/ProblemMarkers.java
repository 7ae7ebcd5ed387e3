/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.essaim.ui.EssaimUiPlugin;

/**
 * Shows a protocol's issues as problem markers of its file: the editor draws them in the text and the ruler,
 * the Problems view lists them. Written from the analysis thread, in one workspace operation.
 */
public final class ProblemMarkers {

	/** Marker type of protocol problems (declared in plugin.xml, a problem and text marker). */
	public static final String TYPE = "org.essaim.ui.protocolProblem";
	/** Marker attribute holding the issue code, which the quick fixes key on. */
	static final String CODE = "org.essaim.ui.issueCode";
	/** Marker attribute holding the issue data, joined by {@link #DATA_SEPARATOR}. */
	static final String DATA = "org.essaim.ui.issueData";
	static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/** Replaces the protocol markers of {@code file} by {@code issues}, unless they are the same already. */
	static void replace(IFile file, List<Issue> issues) {
		if (file == null || !file.exists()) {
			return;
		}
		try {
			if (same(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO), issues)) {
				return;
			}
			IWorkspace workspace = ResourcesPlugin.getWorkspace();
			workspace.run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Issue issue : issues) {
					file.createMarker(TYPE, attributesOf(issue));
				}
			}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			EssaimUiPlugin.logError("Cannot update the problem markers of " + file.getFullPath(), e);
		}
	}

	private static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, severityOf(issue.getSeverity()));
		attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
		if (issue.getOffset() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
		}
		attributes.put(IMarker.SOURCE_ID, "Essaim");
		return attributes;
	}

	private static int severityOf(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** Whether the markers already say exactly what the issues say (typing often leaves them unchanged). */
	private static boolean same(IMarker[] markers, List<Issue> issues) throws CoreException {
		if (markers.length != issues.size()) {
			return false;
		}
		for (int i = 0; i < markers.length; i++) {
			Map<String, Object> expected = attributesOf(issues.get(i));
			Map<String, Object> actual = markers[i].getAttributes();
			for (Map.Entry<String, Object> entry : expected.entrySet()) {
				if (!Objects.equals(entry.getValue(), actual.get(entry.getKey()))) {
					return false;
				}
			}
		}
		return true;
	}
}
