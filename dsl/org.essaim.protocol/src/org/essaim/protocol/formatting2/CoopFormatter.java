/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.formatting2;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;
import org.essaim.protocol.coop.Import;
import org.essaim.protocol.coop.Protocol;

/**
 * Lays protocols out the way the examples and the guide show them: one clause per line, blocks indented by a tab,
 * one space between words, no space before a comma, at most one blank line between declarations. It works on
 * every block of the language alike, so a new clause only needs its first word in {@link #CLAUSE_WORDS}.
 */
public class CoopFormatter extends AbstractFormatter2 {

	/** Words that open a clause inside a block, each on its own line. */
	static final Set<String> CLAUSE_WORDS = Set.of("résumé", "resume", "version", "licence", "auteurs", "auteur", "langue", "dérivé",
			"derive", "statut", "échelle", "echelle", "durée", "duree", "description", "après", "apres", "participants", "méthode", "methode",
			"lieu", "entrée", "entree", "critère", "critere", "pendant", "accueil", "territoire", "équipe", "equipe", "immersion", "problème",
			"probleme", "hypothèse", "hypothese", "test", "résultat", "resultat", "enseignement", "instrument", "financeur", "montant",
			"période", "periode", "invitation", "espace", "matériel", "materiel", "taille", "surface", "accueille", "justification");

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof Protocol protocol) {
			formatProtocol(protocol, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		} else if (object instanceof XtextResource resource) {
			resource.getContents().forEach(root -> format(root, document));
		}
	}

	private void formatProtocol(Protocol protocol, IFormattableDocument document) {
		for (Import anImport : protocol.getImports()) {
			boolean last = anImport == protocol.getImports().get(protocol.getImports().size() - 1);
			document.append(anImport, f -> f.setNewLines(last ? 2 : 1));
		}
		formatElement(protocol, document);
		ISemanticRegion last = textRegionExtensions.regionFor(protocol).keyword("}");
		if (last != null) {
			document.append(last, f -> f.setNewLines(1));
		}
	}

	/** Spaces between the element's own words (at low priority, so that every line rule wins), its block indented, its clauses and children on their own lines. */
	private void formatElement(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			if (region.getSemanticElement() == element) {
				document.append(region, f -> {
					f.oneSpace();
					f.lowPriority();
				});
			}
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			document.prepend(comma, f -> f.noSpace());
		}
		for (Pair<ISemanticRegion, ISemanticRegion> block : regions.keywordPairs("{", "}")) {
			document.interior(block, f -> f.indent());
			// The braces win over the clause and child rules that share their hidden regions.
			document.append(block.getKey(), f -> {
				f.setNewLines(1, 1, 2);
				f.highPriority();
			});
			document.prepend(block.getValue(), f -> {
				f.setNewLines(1);
				f.highPriority();
			});
			for (ISemanticRegion clause : regions.keywords(CLAUSE_WORDS.toArray(String[]::new))) {
				if (clause.getOffset() > block.getKey().getOffset()) {
					document.prepend(clause, f -> f.setNewLines(1, 1, 2));
				}
			}
			for (EObject child : element.eContents()) {
				if (startsOnItsOwnLine(child)) {
					document.prepend(child, f -> f.setNewLines(1, 1, 2));
				}
			}
		}
		for (EObject child : element.eContents()) {
			document.format(child);
		}
	}

	/** Declarations (actors, phases...) start a line; inline parts (durations, participations, team members) do not. */
	private static boolean startsOnItsOwnLine(EObject child) {
		String type = child.eClass().getName();
		return !Set.of("Duration", "Range", "Participation", "TeamMember", "Capacity", "Import").contains(type);
	}
}
