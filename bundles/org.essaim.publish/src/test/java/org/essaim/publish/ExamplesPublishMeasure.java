/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.publish;

import java.nio.file.Files;
import java.nio.file.Path;

import org.essaim.core.EssaimWorkspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Publishes a workspace named by {@code -Dessaim.measure.workspace} (the examples) and prints the times; skipped otherwise. */
class ExamplesPublishMeasure {

	@Test
	void publishTheExamples() throws Exception {
		String folder = System.getProperty("essaim.measure.workspace");
		Assumptions.assumeTrue(folder != null && !folder.isBlank(), "no workspace to measure");
		Path out = Path.of(System.getProperty("essaim.measure.out", "/tmp/essaim-measure-site"));
		try (GuidePublisher publisher = new GuidePublisher()) {
			long t0 = System.nanoTime();
			EssaimWorkspace workspace = EssaimWorkspace.load(Path.of(folder));
			long t1 = System.nanoTime();
			PublishOptions options = PublishOptions.site().withPdf(Boolean.getBoolean("essaim.measure.pdf"));
			PublishReport first = publisher.publish(workspace, out, options);
			long t2 = System.nanoTime();
			PublishReport again = publisher.publish(EssaimWorkspace.load(Path.of(folder)), out, options);
			long t3 = System.nanoTime();
			long files;
			try (var walk = Files.walk(out)) {
				files = walk.filter(Files::isRegularFile).count();
			}
			System.out.printf("MEASURE load %d ms; publish %d pages (%d rendered) in %d ms; republish (%d unchanged) in %d ms; %d files; warnings %d %s%n",
					(t1 - t0) / 1_000_000, first.pages().size(), first.rendered(), (t2 - t1) / 1_000_000, again.unchanged(),
					(t3 - t2) / 1_000_000, files, first.warnings().size(), first.warnings().stream().limit(5).toList());
		}
	}
}
