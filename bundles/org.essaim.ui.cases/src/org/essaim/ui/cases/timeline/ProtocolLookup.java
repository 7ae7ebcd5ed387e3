/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essaim.core.EssaimWorkspace;
import org.essaim.core.ProtocolDocument;
import org.essaim.protocol.coop.Duration;
import org.essaim.protocol.coop.DurationUnit;
import org.essaim.protocol.coop.Phase;
import org.essaim.protocol.coop.Protocol;

/**
 * Finds the protocol a case follows among the {@code .coop} files of its workspace folder and turns its
 * phases into {@link PlanVsRun.Planned}. Only the file declaring that protocol is parsed (with Essaim's
 * loader), not the whole workspace.
 */
public final class ProtocolLookup {

	private ProtocolLookup() {
	}

	/** The {@code .coop} files under {@code folder}, hidden folders excepted, sorted. */
	public static List<Path> protocolFiles(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".coop"))
					.filter(file -> !hidden(folder.relativize(file)))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The protocol named {@code name} declared in a file under {@code folder}, loaded. */
	public static Optional<Protocol> find(Path folder, String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		Pattern declaration = Pattern.compile("(?m)^\\s*(protocole|protocol)\\s+" + Pattern.quote(name) + "\\b");
		for (Path file : protocolFiles(folder)) {
			if (declaration.matcher(read(file)).find()) {
				Optional<Protocol> found = load(file).filter(protocol -> name.equals(protocol.getName()));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** The protocol of one {@code .coop} file, if it parses into one. */
	public static Optional<Protocol> load(Path file) {
		return EssaimWorkspace.load(file).protocols().stream().map(ProtocolDocument::protocol).findFirst();
	}

	/** The planned phases of a protocol, in the file's order. */
	public static List<PlanVsRun.Planned> plannedPhases(Protocol protocol) {
		return protocol.getPhases().stream().map(ProtocolLookup::planned).toList();
	}

	private static PlanVsRun.Planned planned(Phase phase) {
		List<String> after = phase.getAfter().stream().map(Phase::getName).filter(n -> n != null).toList();
		return new PlanVsRun.Planned(phase.getName(), phase.getTitle(), months(phase.getDuration()), after);
	}

	/** A duration in months (« de 3 à 6 mois » counts as its upper bound, as planners budget it). */
	static double months(Duration duration) {
		if (duration == null || duration.getUnit() == null) {
			return 0;
		}
		double value = duration.getValue();
		return switch (duration.getUnit().getValue()) {
			case DurationUnit.MINUTES_VALUE -> value / (60 * 24 * 30.4);
			case DurationUnit.HOURS_VALUE -> value / (24 * 30.4);
			case DurationUnit.DAYS_VALUE -> value / 30.4;
			case DurationUnit.WEEKS_VALUE -> value * 7 / 30.4;
			case DurationUnit.MONTHS_VALUE -> value;
			case DurationUnit.YEARS_VALUE -> value * 12;
			default -> 0;
		};
	}

	private static boolean hidden(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".") || "target".equals(segment.toString())) {
				return true;
			}
		}
		return false;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException | UncheckedIOException e) {
			return ""; // unreadable: not the protocol we look for
		}
	}
}
