/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Protocol and case sources written on disk for the index tests. */
final class Sources {

	static final String RESIDENCE_PROTOCOL = """
			protocole residence "Résidences de designers" {
			  résumé "Une équipe pluridisciplinaire en résidence dans une collectivité."
			  acteur mairie "La mairie" : collectivité
			  acteur designers "Les designers" : designer
			  phase immersion "Immersion" {
			    participants designers, mairie
			    livrable "Carnet d'immersion"
			  }
			}
			""";

	private Sources() {
	}

	/** A minimal case file as Essaim saves it (long texts as elements, one attribute per line). */
	static String caseXml(String id, String title, String summary, String territory) {
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

	static Path write(Path folder, String relative, String content) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}
}
