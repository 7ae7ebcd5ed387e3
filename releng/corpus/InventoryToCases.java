/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essaim.model.CaseFiles;
import org.essaim.model.casestudy.Actor;
import org.essaim.model.casestudy.ActorKind;
import org.essaim.model.casestudy.CaseRelation;
import org.essaim.model.casestudy.CaseStatus;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.Completeness;
import org.essaim.model.casestudy.Funding;
import org.essaim.model.casestudy.FundingInstrument;
import org.essaim.model.casestudy.Outcome;
import org.essaim.model.casestudy.OutcomeKind;
import org.essaim.model.casestudy.ProcessStatus;
import org.essaim.model.casestudy.RelationKind;
import org.essaim.model.casestudy.Section;
import org.essaim.model.casestudy.SectionKind;
import org.essaim.model.casestudy.Source;
import org.essaim.model.casestudy.Territory;
import org.essaim.model.casestudy.TerritoryKind;

/**
 * Builds the corpus of .case files from the inventory of the seeds (examples/inventaire/cases.md): one case per
 * entry, every field mapped to the model, "n.p." (not given) left empty, nothing added that the inventory does not
 * say. Cases that already exist are left alone: they are curated by hand. Run from the repository root:
 *
 * <pre>java -cp "model classes + EMF jars" releng/corpus/InventoryToCases.java examples/inventaire/cases.md examples/cases</pre>
 * (see releng/corpus/README.md for the exact class path).
 */
public class InventoryToCases {

	private static final CasestudyFactory F = CasestudyFactory.eINSTANCE;
	private static final Pattern ENTRY = Pattern.compile("^### `([A-Z0-9-]+)` — (.+)$");
	private static final Pattern FIELD = Pattern.compile("^- \\*\\*([^*]+)\\*\\* : (.*)$");
	private static final Pattern ACTOR = Pattern.compile("^(.*)\\s\\((\\*.*)\\)$");
	private static final Pattern KIND = Pattern.compile("\\*([^*]+)\\*");
	private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
	private static final Pattern RANGE = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\s*(?:-|–|à)\\s*(19[5-9]\\d|20[0-4]\\d)\\b");
	private static final Pattern LINES = Pattern.compile("\\d+(?:-\\d+)?");
	private static final Pattern SOURCE = Pattern.compile("^`([^`]+)` l\\. (.+)$");
	private static final Pattern CASE_ID = Pattern.compile("`([A-Z0-9][A-Z0-9-]+)`");
	private static final Pattern MONEY = Pattern.compile("\\d[\\d  ,.]*\\s?(?:k€|M€|Md€|€|millions? d['’]euros|milliards? d['’]euros|euros)");
	/**
	 * The inventory states a failure as a verdict heading a clause ("échec : …", "échec relatif", "(échec partiel)");
	 * the word elsewhere ("capitalisation des échecs", "précipitait l'échec de nombreux projets") is not a verdict
	 * on the initiative itself.
	 */
	private static final Pattern FAILURE_VERDICT = Pattern.compile("(?:^|[;(]\\s*)(?:échec|a échoué)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** The same for a success the inventory states ("succès : …"). */
	private static final Pattern SUCCESS_VERDICT = Pattern.compile("(?:^|[;(]\\s*)succès\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final String TODAY = "2026-11-23";

	public static void main(String[] args) throws IOException {
		Path inventory = Path.of(args[0]);
		Path folder = Path.of(args[1]);
		Files.createDirectories(folder);
		int written = 0;
		int kept = 0;
		for (Map.Entry<String, Map<String, String>> entry : parse(inventory).entrySet()) {
			Path file = folder.resolve(entry.getKey() + ".case");
			if (Files.exists(file)) {
				kept++;
				continue;
			}
			CaseFiles.save(toCase(entry.getKey(), entry.getValue()), file);
			written++;
		}
		System.out.printf("%d cas écrits, %d cas existants laissés tels quels%n", written, kept);
	}

	/** The entries of the inventory, in its order: id → field → value (the quote under "Quote"). */
	static Map<String, Map<String, String>> parse(Path inventory) throws IOException {
		Map<String, Map<String, String>> entries = new LinkedHashMap<>();
		Map<String, String> current = null;
		for (String line : Files.readAllLines(inventory)) {
			Matcher heading = ENTRY.matcher(line);
			Matcher field = FIELD.matcher(line);
			if (heading.matches()) {
				current = new LinkedHashMap<>();
				current.put("Nom", heading.group(2).strip());
				entries.put(heading.group(1), current);
			} else if (line.startsWith("#")) {
				current = null;
			} else if (current != null && field.matches()) {
				current.put(field.group(1).strip(), field.group(2).strip());
			} else if (current != null && line.strip().startsWith(">")) {
				String quote = line.strip().substring(1).strip();
				current.merge("Quote", quote, (a, b) -> a + "\n" + b);
			}
		}
		return entries;
	}

	static CaseStudy toCase(String id, Map<String, String> fields) {
		CaseStudy c = F.createCaseStudy();
		c.setId(id);
		c.setTitle(fields.get("Nom"));
		c.setLanguage("fr");
		c.setLicence("CC BY-SA 4.0");
		c.getAuthors().add("Essaim, d'après l'inventaire des cas des sources");
		c.setCreated(TODAY);
		c.setUpdated(TODAY);
		boolean documented = !"mention".equals(given(fields.get("Détail")));
		c.setCompleteness(documented ? Completeness.PARTIAL : Completeness.STUB);
		c.setStatus(documented ? CaseStatus.PUBLISHED : CaseStatus.DRAFT);
		c.setProcessStatus(processStatus(fields.get("Statut")));
		Source source = source(fields);
		if (source != null) {
			c.getSources().add(source);
			alsoCited(c, fields.get("Source"));
		}
		period(c, given(fields.get("Période")));
		territories(c, fields.get("Territoire"), source);
		if (documented && c.getTerritories().isEmpty()) {
			// The sources do not say where: recorded as such ("non précisé"), not guessed.
			Territory unknown = F.createTerritory();
			unknown.setKind(TerritoryKind.NON_PRECISE);
			c.getTerritories().add(unknown);
		}
		actors(c, given(fields.get("Acteurs")), source);
		section(c, SectionKind.METHODS, given(fields.get("Méthode / protocole")));
		String results = given(fields.get("Résultats / enseignements"));
		// the results become an Outcome, first-class (not also a narrative section, which would say it twice)
		if (results != null) {
			Outcome outcome = F.createOutcome();
			outcome.setKind(FAILURE_VERDICT.matcher(results).find() ? OutcomeKind.FAILURE
					: SUCCESS_VERDICT.matcher(results).find() ? OutcomeKind.SUCCESS : OutcomeKind.UNKNOWN);
			outcome.setDescription(results);
			evidence(outcome.getEvidence(), source);
			c.getOutcomes().add(outcome);
		}
		funding(c, given(fields.get("Financement")), source);
		String summary = summary(given(fields.get("Méthode / protocole")), results);
		if (documented && summary != null) {
			c.setSummary(summary);
		}
		relations(c, fields);
		return c;
	}

	/** The value, or null when the inventory says it is not given ("n.p."). */
	static String given(String value) {
		if (value == null || value.isBlank() || value.equals("n.p.") || value.equals("n.p")) {
			return null;
		}
		return value;
	}

	static ProcessStatus processStatus(String status) {
		String s = status == null ? "" : status.toLowerCase(Locale.FRENCH);
		if (s.startsWith("en cours")) {
			return ProcessStatus.ONGOING;
		}
		if (s.startsWith("proposé")) {
			return ProcessStatus.PROPOSED;
		}
		if (s.startsWith("référence")) {
			return ProcessStatus.REFERENCE;
		}
		return ProcessStatus.REALISED;
	}

	static Source source(Map<String, String> fields) {
		String text = fields.get("Source");
		if (text == null) {
			return null;
		}
		Source source = F.createSource();
		source.setId("s1");
		Matcher m = SOURCE.matcher(text);
		if (m.matches()) {
			source.setDocument(m.group(1));
			Matcher primary = LINES.matcher(m.group(2));
			source.setLines(primary.lookingAt() ? primary.group() : m.group(2));
		} else {
			source.setDocument(text.replace("`", ""));
		}
		source.setQuote(fields.get("Quote"));
		return source;
	}

	/** "(aussi l. 35 ; 002 l. 19)": the other places the inventory cites, kept as references without a quote. */
	static void alsoCited(CaseStudy c, String sourceText) {
		int also = sourceText.indexOf("(aussi");
		if (also >= 0) {
			String document = sourceText.substring(sourceText.indexOf('`') + 1, sourceText.indexOf('`', sourceText.indexOf('`') + 1));
			String places = sourceText.substring(also + "(aussi".length(), sourceText.lastIndexOf(')')).strip();
			// "l. 35" continues the same document; "002 l. 19" names another source by its code in the inventory
			section(c, SectionKind.REFERENCES, places.startsWith("l.") ? "Voir aussi " + document + ", " + places + "."
					: "Voir aussi, dans les sources de l'inventaire (000 à 004) : " + places + ".");
		}
	}

	static void period(CaseStudy c, String period) {
		if (period == null) {
			return;
		}
		c.setPeriodText(period);
		if (period.startsWith("n.p")) {
			return; // what follows "n.p." is context, not the period of the process
		}
		if (period.contains("≈")) {
			return; // "≈2015" is the inventory's estimate, not a date the source writes: kept as text only
		}
		Matcher range = RANGE.matcher(period);
		if (range.find()) {
			c.setPeriodStart(range.group(1));
			c.setPeriodEnd(range.group(2));
			return;
		}
		Matcher year = YEAR.matcher(period);
		if (year.find()) {
			c.setPeriodStart(year.group(1)); // a single year is where the process starts ("à partir de 2009")
		}
	}

	static void territories(CaseStudy c, String text, Source source) {
		if (text == null) {
			return;
		}
		int type = text.indexOf("*type* :");
		String name = given((type >= 0 ? text.substring(0, type) : text).replaceAll("[;\\s]+$", "").strip());
		String kindText = type >= 0 ? text.substring(type + "*type* :".length()).strip() : "non précisé";
		TerritoryKind kind = territoryKind(kindText);
		if (name == null && kind == TerritoryKind.NON_PRECISE) {
			return;
		}
		Territory territory = F.createTerritory();
		territory.setName(name);
		territory.setKind(kind);
		territory.setKindInferred(kindText.contains("inféré"));
		evidence(territory.getEvidence(), source);
		c.getTerritories().add(territory);
	}

	static TerritoryKind territoryKind(String text) {
		String t = text.toLowerCase(Locale.FRENCH);
		String[][] words = { { "métropole", "METROPOLE" }, { "grande ville", "GRANDE_VILLE" }, { "ville moyenne", "VILLE_MOYENNE" },
				{ "petite ville", "PETITE_VILLE" }, { "rural", "RURAL" }, { "quartier prioritaire", "QUARTIER_PRIORITAIRE" },
				{ "département", "DEPARTEMENT" }, { "région", "REGION" }, { "national", "NATIONAL" }, { "international", "INTERNATIONAL" },
				{ "multi-territoires", "MULTI_TERRITOIRES" } };
		int best = Integer.MAX_VALUE;
		TerritoryKind kind = TerritoryKind.NON_PRECISE;
		for (String[] word : words) {
			int at = t.indexOf(word[0]);
			// "international" contains "national": the earliest match wins, the longer word on a tie
			if (at >= 0 && (at < best || at == best && word[0].length() > 8)) {
				best = at;
				kind = TerritoryKind.valueOf(word[1]);
			}
		}
		return kind;
	}

	static void actors(CaseStudy c, String text, Source source) {
		if (text == null) {
			return;
		}
		for (String part : text.split(" ; ")) {
			Actor actor = F.createActor();
			Matcher m = ACTOR.matcher(part.strip());
			if (m.matches()) {
				actor.setName(m.group(1).strip());
				Matcher kinds = KIND.matcher(m.group(2));
				actor.setKind(kinds.find() ? actorKind(kinds.group(1)) : ActorKind.NON_PRECISE);
				String role = KIND.matcher(m.group(2)).replaceAll("").replaceAll("^[\\s,/]+|[\\s,]+$", "").replaceAll(",\\s*,", ",");
				if (!role.isBlank()) {
					actor.setRole(role);
				}
			} else {
				actor.setName(part.strip());
				actor.setKind(ActorKind.NON_PRECISE);
			}
			evidence(actor.getEvidence(), source);
			c.getActors().add(actor);
		}
	}

	static ActorKind actorKind(String text) {
		String t = text.toLowerCase(Locale.FRENCH);
		if (t.startsWith("collectivité")) return ActorKind.COLLECTIVITE;
		if (t.startsWith("service de l")) return ActorKind.SERVICE_ETAT;
		if (t.startsWith("établissement public")) return ActorKind.ETABLISSEMENT_PUBLIC;
		if (t.startsWith("entreprise")) return ActorKind.ENTREPRISE;
		if (t.startsWith("ess")) return ActorKind.ESS;
		if (t.startsWith("association")) return ActorKind.ASSOCIATION;
		if (t.startsWith("citoyens")) return ActorKind.CITOYENS;
		if (t.startsWith("recherche")) return ActorKind.RECHERCHE;
		if (t.startsWith("école")) return ActorKind.ECOLE;
		if (t.startsWith("designer")) return ActorKind.DESIGNER;
		if (t.startsWith("financeur")) return ActorKind.FINANCEUR;
		if (t.startsWith("réseau")) return ActorKind.RESEAU;
		if (t.startsWith("pôle")) return ActorKind.POLE_CLUSTER;
		if (t.startsWith("international")) return ActorKind.INTERNATIONAL;
		return ActorKind.NON_PRECISE;
	}

	static void section(CaseStudy c, SectionKind kind, String text) {
		if (text != null) {
			Section section = F.createSection();
			section.setKind(kind);
			section.setText(text);
			c.getSections().add(section);
		}
	}

	static void funding(CaseStudy c, String text, Source source) {
		if (text == null) {
			return;
		}
		Funding funding = F.createFunding();
		funding.setInstrument(instrument(text));
		funding.setInstrumentDetail(text);
		Matcher money = MONEY.matcher(text);
		// "capital de 2,986 M€ ; CDC à 15,07 %": the company's capital, not what the funder put in
		if (money.find() && !text.substring(0, money.start()).strip().endsWith("capital de")) {
			funding.setAmount(money.group().strip());
		}
		evidence(funding.getEvidence(), source);
		c.getFundings().add(funding);
	}

	static FundingInstrument instrument(String text) {
		String t = text.toLowerCase(Locale.FRENCH);
		Object[][] words = { { "pia", FundingInstrument.PIA }, { "investissements d'avenir", FundingInstrument.PIA },
				{ "feder", FundingInstrument.FEDER }, { "fse", FundingInstrument.FSE }, { "leader", FundingInstrument.LEADER },
				{ "crowdfunding", FundingInstrument.CROWDFUNDING }, { "financement participatif", FundingInstrument.CROWDFUNDING },
				{ "fonds de garantie", FundingInstrument.FONDS_GARANTIE }, { "cifre", FundingInstrument.CIFRE },
				{ "titres à impact social", FundingInstrument.TITRES_IMPACT_SOCIAL }, { "mécénat", FundingInstrument.MECENAT },
				{ "subvention", FundingInstrument.SUBVENTION }, { "commande publique", FundingInstrument.COMMANDE_PUBLIQUE },
				{ "prêt", FundingInstrument.PRET } };
		for (Object[] word : words) {
			if (Pattern.compile("\\b" + Pattern.quote((String) word[0]) + "\\b").matcher(t).find()) {
				return (FundingInstrument) word[1];
			}
		}
		return FundingInstrument.AUTRE;
	}

	/** The method, else the results, cut at a word before 280 characters: the inventory has no summary of its own. */
	static String summary(String method, String results) {
		String text = method != null ? method : results;
		if (text == null) {
			return null;
		}
		String first = Character.toUpperCase(text.charAt(0)) + text.substring(1);
		if (first.codePointCount(0, first.length()) <= 280) {
			return first.endsWith(".") ? first : first + ".";
		}
		String cut = first.substring(0, first.lastIndexOf(' ', 276));
		return cut.replaceAll("[\\s,;:«(]+$", "") + "…";
	}

	/** Cases the inventory names in this entry ("voir `PRIS-LR`"): related cases. */
	static void relations(CaseStudy c, Map<String, String> fields) {
		Set<String> targets = new LinkedHashSet<>();
		fields.forEach((name, value) -> {
			if (!name.equals("Source") && !name.equals("Quote")) {
				Matcher m = CASE_ID.matcher(value);
				while (m.find()) {
					if (!m.group(1).equals(c.getId())) {
						targets.add(m.group(1));
					}
				}
			}
		});
		for (String target : targets) {
			CaseRelation relation = F.createCaseRelation();
			relation.setKind(RelationKind.RELATED);
			relation.setTarget(target);
			c.getRelations().add(relation);
		}
	}

	static void evidence(List<Source> evidence, Source source) {
		if (source != null) {
			evidence.add(source);
		}
	}
}
