/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder of Essaim sources, loaded: its protocols (parsed, linked and validated together) and its
 * case studies (loaded and validated), with every problem found on the way. Loading never throws
 * because of a bad file: the file is reported and skipped, the others load.
 */
public final class EssaimWorkspace {

	private final Path root;
	private final List<ProtocolDocument> protocols;
	private final List<CaseDocument> cases;
	private final List<Problem> problems;
	private final int fileCount;

	private EssaimWorkspace(Path root, List<ProtocolDocument> protocols, List<CaseDocument> cases, List<Problem> problems, int fileCount) {
		this.root = root;
		this.protocols = List.copyOf(protocols);
		this.cases = List.copyOf(cases);
		this.problems = problems.stream().sorted(Problem.BY_POSITION).toList();
		this.fileCount = fileCount;
	}

	/** Loads every {@code .coop} and {@code .case} file under {@code root} (a folder, or one file). */
	public static EssaimWorkspace load(Path root) {
		Path absolute = root.toAbsolutePath().normalize();
		if (!Files.exists(absolute)) {
			Problem missing = new Problem(absolute, 0, 0, Severity.ERROR, Messages.format(Messages.notFound, root));
			return new EssaimWorkspace(absolute, List.of(), List.of(), List.of(missing), 0);
		}
		List<Path> files = WorkspaceFiles.list(absolute);
		ProtocolLoader protocolLoader = new ProtocolLoader();
		protocolLoader.load(files.stream().filter(WorkspaceFiles::isProtocol).toList());
		CaseLoader caseLoader = new CaseLoader();
		caseLoader.load(files.stream().filter(WorkspaceFiles::isCase).toList());
		List<Problem> problems = new ArrayList<>(protocolLoader.problems());
		problems.addAll(caseLoader.problems());
		if (Files.isDirectory(absolute)) {
			// A single file cannot be checked against the rest of its workspace: only a folder is.
			CaseReferences references = new CaseReferences(protocolLoader.documents(), caseLoader.documents());
			caseLoader.documents().forEach(document -> references.check(document, problems));
		}
		caseLoader.documents().forEach(document -> TerritoryProblems.check(document, problems));
		Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
		return new EssaimWorkspace(folder, protocolLoader.documents(), caseLoader.documents(), problems, files.size());
	}

	/** The workspace folder (the folder of the file when a single file was loaded). */
	public Path root() {
		return root;
	}

	public List<ProtocolDocument> protocols() {
		return protocols;
	}

	public List<CaseDocument> cases() {
		return cases;
	}

	/** Problems of all files, ordered by file and position. */
	public List<Problem> problems() {
		return problems;
	}

	/** Whether some file has an error (warnings do not count). */
	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** Number of source files found, including those that could not be loaded. */
	public int fileCount() {
		return fileCount;
	}

	/** The case with this id, if the workspace has it. */
	public Optional<CaseDocument> findCase(String id) {
		return cases.stream().filter(c -> id.equals(c.caseStudy().getId())).findFirst();
	}

	/** The protocol with this name, if the workspace has it. */
	public Optional<ProtocolDocument> findProtocol(String name) {
		return protocols.stream().filter(p -> name.equals(p.protocol().getName())).findFirst();
	}
}
