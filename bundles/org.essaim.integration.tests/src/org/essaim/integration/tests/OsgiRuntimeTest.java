/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.essaim.core.EssaimWorkspace;
import org.essaim.index.EssaimIndex;
import org.essaim.index.SearchHit;
import org.essaim.publish.AsciidoctorEngine;
import org.essaim.publish.GuidePublisher;
import org.essaim.publish.PublishReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Lucene, AsciidoctorJ (JRuby) and Xtext work inside the OSGi runtime, as in the product. */
class OsgiRuntimeTest {

	private static final Path EXAMPLES = Path.of("../../examples");

	@TempDir
	Path temp;

	@Test
	void theseTestsRunInsideOsgi() {
		assertNotNull(FrameworkUtil.getBundle(OsgiRuntimeTest.class), "not in an OSGi framework");
	}

	@Test
	void asciidoctorConvertsInsideOsgi() {
		try (AsciidoctorEngine engine = new AsciidoctorEngine()) {
			long start = System.nanoTime();
			String html = engine.render("= Titre\n\nUn *paragraphe*.", "essai", Map.of()).html();
			System.out.printf("AsciidoctorJ first conversion inside OSGi: %d ms%n", (System.nanoTime() - start) / 1_000_000);
			assertTrue(html.contains("<strong>paragraphe</strong>"), html);
		}
	}

	@Test
	void theExampleWorkspaceIsIndexedAndSearchedInsideOsgi() throws Exception {
		try (EssaimIndex index = EssaimIndex.open(EXAMPLES, temp.resolve("index"))) {
			assertTrue(index.update().total() >= 2);
			List<SearchHit> hits = index.search("residences", 5);
			assertEquals("territoires_en_residences", hits.stream().filter(h -> SearchHit.PROTOCOL.equals(h.kind())).findFirst()
					.orElseThrow().id());
		}
	}

	@Test
	void theExampleWorkspaceIsPublishedInsideOsgi() throws Exception {
		try (GuidePublisher publisher = new GuidePublisher()) {
			PublishReport report = publisher.publish(EssaimWorkspace.load(EXAMPLES), temp.resolve("guide"));
			assertEquals(List.of(), report.warnings());
			assertTrue(Files.readString(temp.resolve("guide/index.html")).contains("Territoires en Résidences"));
		}
	}
}
