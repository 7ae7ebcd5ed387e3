/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Declares the IDE's shared images (projects, task and bookmark markers) that the Eclipse IDE application normally
 * declares: without them the navigator shows projects without icons.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
	private static final String OBJECTS = "icons/full/obj16/";

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		if (ide == null) {
			return;
		}
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_TASK_TSK, "taskmrk_tsk.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "bkmrk_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String key, String file) {
		ImageDescriptor image = ImageDescriptor.createFromURLSupplier(true, () -> ide.getEntry(OBJECTS + file));
		configurer.declareImage(key, image, true);
	}
}
