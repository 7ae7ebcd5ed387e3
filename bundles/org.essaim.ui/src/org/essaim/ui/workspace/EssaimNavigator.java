/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.workspace;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;

/** The workspace view: the Common Navigator on the Essaim project, opened two levels deep. */
public final class EssaimNavigator extends CommonNavigator {

	/** View id, as declared in plugin.xml (also the id of its navigator viewer). */
	public static final String ID = "org.essaim.ui.views.navigator";

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// The user has one folder: show its content at once instead of a closed project node.
		WorkspaceProject.current().ifPresent(project -> getCommonViewer().expandToLevel(project, 1));
	}
}
