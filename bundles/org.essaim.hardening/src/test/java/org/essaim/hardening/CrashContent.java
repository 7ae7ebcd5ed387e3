/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.hardening;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;

/**
 * The versions of the files the crash worker saves: each version is fully determined by the file's name and its
 * number, and versions differ in length, so a file that is neither a whole old nor a whole new version shows.
 */
final class CrashContent {

	static final String[] CASES = { "CRASH-A", "CRASH-B", "CRASH-C", "CRASH-D", "CRASH-E", "CRASH-F" };
	static final String[] PROTOCOLS = { "crash_p", "crash_q", "crash_r" };
	private static final Pattern VERSION = Pattern.compile("Version ([0-9]+) ");

	private CrashContent() {
	}

	static CaseStudy caseStudy(String id, int version) {
		CaseStudy c = CasestudyFactory.eINSTANCE.createCaseStudy();
		c.setId(id);
		c.setTitle("Version " + version + " du cas " + id);
		c.setSummary("Un cas réécrit sans cesse pendant qu'on tue le processus qui l'enregistre.");
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 20 + (version * 37 + id.hashCode() & 0x7f); i++) {
			body.append("Paragraphe ").append(i).append(" de la version ").append(version).append(" : « du texte accentué ».\n\n");
		}
		c.setBody(body.toString().strip());
		return c;
	}

	static byte[] caseBytes(String id, int version) {
		return CaseFiles.toBytes(caseStudy(id, version));
	}

	static byte[] protocolBytes(String name, int version) {
		StringBuilder text = new StringBuilder("/** Version " + version + " du protocole " + name + ". */\n");
		text.append("protocole ").append(name).append(" \"Version ").append(version).append(" \" {\n");
		text.append("\trésumé \"Un protocole réécrit sans cesse pendant qu'on tue le processus qui l'enregistre.\"\n");
		text.append("\tacteur commune \"Commune\" : collectivité\n}\n");
		for (int i = 0; i < 10 + (version * 53 + name.hashCode() & 0xff); i++) {
			text.append("// ligne de remplissage ").append(i).append(" de la version ").append(version).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The version a file's text claims to be, or -1 when it names none. */
	static int versionIn(String text) {
		Matcher matcher = VERSION.matcher(text);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}
}
