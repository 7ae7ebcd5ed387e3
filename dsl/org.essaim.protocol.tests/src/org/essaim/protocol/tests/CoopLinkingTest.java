/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.essaim.protocol.coop.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** References to actors and phases: unknown names are positioned errors, other files are reached by "protocole.nom". */
@ExtendWith(InjectionExtension.class)
@InjectWith(FrenchInjectorProvider.class)
class CoopLinkingTest {

	@Inject
	private ParseHelper<Protocol> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void anUnknownActorIsReportedOnItsLine() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" {
				    participants a, fantome
				  }
				}
				""");
		Issue issue = onlyLinkingIssue(protocol);
		assertEquals(4, issue.getLineNumber());
		assertEquals(21, issue.getColumn());
		assertEquals("« fantome » : aucun acteur ni groupe de ce nom n'est déclaré (acteur fantome \"...\" : type)",
				issue.getMessage());
	}

	@Test
	void anUnknownPhaseIsReportedOnItsLine() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur a "A" : association
				  phase un "Un" { participants a }
				  phase deux "Deux" {
				    participants a
				    après un, trois
				  }
				}
				""");
		Issue issue = onlyLinkingIssue(protocol);
		assertEquals(6, issue.getLineNumber());
		assertEquals("« trois » : aucune phase de ce nom n'est déclarée dans le protocole", issue.getMessage());
	}

	@Test
	void anotherFileIsReachedThroughItsProtocolName() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		Protocol shared = parser.parse("""
				protocole commun "Acteurs communs" {
				  acteur etalab "Équipe Etalab" : service-État
				  phase appel "Appel" { participants etalab }
				}
				""", URI.createURI("memory:/commun.coop"), resourceSet);
		Protocol local = parser.parse("""
				protocole camp "Camp" {
				  phase hackathon "Hackathon" {
				    après commun.appel
				    participants commun.etalab
				  }
				}
				""", URI.createURI("memory:/camp.coop"), resourceSet);
		validation.assertNoIssues(local);
		assertSame(shared.getActors().get(0), local.getPhases().get(0).getParticipants().get(0).getParty());
		assertSame(shared.getPhases().get(0), local.getPhases().get(0).getAfter().get(0));
	}

	@Test
	void anotherFilesActorIsNotVisibleWithoutItsProtocolName() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parser.parse("protocole commun \"C\" { acteur etalab \"E\" : service-etat }", URI.createURI("memory:/commun.coop"),
				resourceSet);
		Protocol local = parser.parse("protocole camp \"Camp\" {\n  phase h \"H\" { participants etalab }\n}\n",
				URI.createURI("memory:/camp.coop"), resourceSet);
		assertEquals(2, onlyLinkingIssue(local).getLineNumber());
	}

	@Test
	void aMisspeltNameSuggestsTheClosestDeclaredOne() throws Exception {
		Protocol protocol = parser.parse("""
				protocole p "P" {
				  acteur mairie "La mairie" : collectivité
				  acteur etalab "Etalab" : service-etat
				  phase un "Un" { participants mairee }
				}
				""");
		assertEquals("« mairee » : aucun acteur ni groupe de ce nom n'est déclaré (acteur mairee \"...\" : type) ; vouliez-vous dire « mairie » ?",
				onlyLinkingIssue(protocol).getMessage());
	}

	@Test
	void aNameOfAnotherFileSuggestsItsQualifiedName() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parser.parse("protocole commun \"C\" { acteur etalab \"E\" : service-etat }", URI.createURI("memory:/commun.coop"), resourceSet);
		Protocol local = parser.parse("protocole camp \"Camp\" {\n  phase h \"H\" { participants etalab }\n}\n",
				URI.createURI("memory:/camp.coop"), resourceSet);
		assertEquals("« etalab » : aucun acteur ni groupe de ce nom n'est déclaré (acteur etalab \"...\" : type) ; vouliez-vous dire « commun.etalab » ?",
				onlyLinkingIssue(local).getMessage());
	}

	@Test
	void aNameFarFromEveryDeclaredOneSuggestsNothing() throws Exception {
		Protocol protocol = parser.parse("protocole p \"P\" {\n acteur mairie \"M\" : collectivité\n phase un \"Un\" { participants s9 }\n}\n");
		assertEquals("« s9 » : aucun acteur ni groupe de ce nom n'est déclaré (acteur s9 \"...\" : type)", onlyLinkingIssue(protocol).getMessage());
	}

	@Test
	void aFileOfBrokenLinksGetsSuggestionsForItsFirstOnesOnly() throws Exception {
		StringBuilder text = new StringBuilder("protocole p \"P\" {\n acteur a0 \"A\" : association\n");
		for (int i = 1; i <= 300; i++) {
			text.append(" acteur a").append(i).append(" \"A\" : association\n groupe grp_").append(i).append(" \"G\" : b").append(i).append('\n');
		}
		List<Issue> issues = linkingIssues(parser.parse(text.append("}\n")));
		assertEquals(300, issues.size());
		assertEquals(200, issues.stream().filter(issue -> issue.getMessage().contains("vouliez-vous dire")).count(),
				"a file of thousands of broken links must not cost thousands of searches for the closest name");
	}

	private List<Issue> linkingIssues(Protocol protocol) {
		return validation.validate(protocol).stream().filter(issue -> Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode()))
				.toList();
	}

	private Issue onlyLinkingIssue(Protocol protocol) {
		List<Issue> issues = linkingIssues(protocol);
		assertEquals(1, issues.size(), issues::toString);
		return issues.get(0);
	}
}
