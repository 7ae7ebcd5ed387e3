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

	/**
	 * A case with the structured fields facets and similarity read: territory kind and region, actor kinds,
	 * status, completeness, start of period, outcome kind and funding instrument (enum names of the model).
	 */
	static String richCase(String id, String title, String summary, String territoryKind, String region, String outcome,
			String funding, String status, String completeness, String periodStart, String... actorKinds) {
		StringBuilder actors = new StringBuilder();
		for (String kind : actorKinds) {
			actors.append("  <actors name=\"Acteur %s\" kind=\"%s\"/>\n".formatted(kind, kind));
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<casestudy:CaseStudy xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:casestudy="http://essaim.org/model/casestudy/1.0"
				    id="%s" title="%s" status="%s" completeness="%s" periodStart="%s">
				  <summary>%s</summary>
				  <territories name="Territoire de %s" kind="%s" region="%s"/>
				%s  <outcomes kind="%s"/>
				  <fundings instrument="%s"/>
				</casestudy:CaseStudy>
				""".formatted(id, title, status, completeness, periodStart, summary, id, territoryKind, region, actors, outcome, funding);
	}

	static Path write(Path folder, String relative, String content) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}
}
