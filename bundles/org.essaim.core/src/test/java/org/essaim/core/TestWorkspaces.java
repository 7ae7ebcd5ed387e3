/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small workspaces written on disk for tests: protocol and case sources as users write them. */
public final class TestWorkspaces {

	private TestWorkspaces() {
	}

	public static final String RESIDENCE_PROTOCOL = """
			protocole residence "Résidence de designers" {
			  résumé "Une équipe pluridisciplinaire en résidence dans une collectivité."
			  acteur mairie "La mairie" : collectivité
			  acteur designers "Les designers" : designer
			  phase immersion "Immersion" {
			    participants designers, mairie
			    livrable "Carnet d'immersion"
			  }
			}
			""";

	public static String caseXml(String id, String title, String summary, String territory) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="%s"
				    title="%s">
				  <summary>%s</summary>
				  <territories
				      name="%s"/>
				</casestudy:CaseStudy>
				""".formatted(id, title, summary, territory);
	}

	public static Path write(Path folder, String relative, String content) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}
}
