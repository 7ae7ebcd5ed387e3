/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.essaim.territory.Level;
import org.essaim.ui.application.CapitalisationPerspective;
import org.essaim.ui.search.SearchView;
import org.essaim.ui.testing.UiWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Not a test: the Capitalisation perspective with facets and the map, saved under -Dessaim.screenshots. */
@EnabledIfSystemProperty(named = "essaim.screenshots", matches = ".+")
class MapScreenshot {

	private static void settle(long millis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	private static void shot(String name) throws Exception {
		settle(1500);
		Path folder = Path.of(System.getProperty("essaim.screenshots"));
		Files.createDirectories(folder);
		Process process = new ProcessBuilder("import", "-window", "root", folder.resolve(name + ".png").toString()).inheritIO().start();
		while (process.isAlive()) {
			settle(50);
		}
	}

	@Test
	void capitalisationWithFacetsAndMap() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(0, 0, 1600, 1000);
		PlatformUI.getWorkbench().showPerspective(CapitalisationPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.resetPerspective();
		MapView map = (MapView) page.showView(MapView.ID);
		UiWait.jobsDone(MapView.FAMILY);
		SearchView search = (SearchView) page.showView(SearchView.ID);
		search.search("tiers-lieux");
		search.filter("type", "cas");
		settle(1500);
		map.setLevel(Level.REGION);
		shot("1-capitalisation-facettes-carte");
		map.setLevel(Level.DEPARTEMENT);
		map.colourByPlaces(true);
		shot("2-carte-departements-lieux");
		map.setLevel(Level.REGION);
		map.colourByPlaces(false);
		search.search("");
		Point centre = map.centreOf("11");
		map.click(centre.x, centre.y);
		shot("3-clic-ile-de-france");
	}
}
