package no.samtale.guide.internal;

import java.util.Map;

/**
 * The words of the guide's page itself, in plain bokmål, nynorsk and English. What the guide says about topics and
 * routes is the editors' data; these are only the page's frame.
 */
final class GuidePageTexts {

	private static final Map<String, Map<String, String>> TEXTS = Map.of(
			"nb", Map.ofEntries(
					Map.entry("title", "Finn riktig hjelp"),
					Map.entry("skip", "Hopp til innholdet"),
					Map.entry("languages", "Språk"),
					Map.entry("intro", "Svar på to spørsmål, så viser vi deg hvor du får best hjelp."),
					Map.entry("topic", "Hva gjelder det?"),
					Map.entry("need", "Trenger du ekstra hjelp?"),
					Map.entry("noNeed", "Nei, jeg trenger ikke ekstra hjelp"),
					Map.entry("place", "Kommune eller postnummer (valgfritt)"),
					Map.entry("placeHint", "Da finner vi NAV-kontoret ditt."),
					Map.entry("submit", "Vis hvor jeg får hjelp"),
					Map.entry("results", "Her får du hjelp"),
					Map.entry("resultsFor", "Best først, for"),
					Map.entry("open", "Åpent nå."),
					Map.entry("closed", "Stengt nå."),
					Map.entry("hours", "Åpningstid"),
					Map.entry("wait", "Ventetid nå: omtrent %d minutter."),
					Map.entry("phoneWait", "På telefonen ventet de som kom fram omtrent %d minutter i snitt %s."),
					Map.entry("waitUnknown", "Vi vet ikke hvor lang ventetiden er akkurat nå."),
					Map.entry("phone", "Telefon"),
					Map.entry("address", "Adresse"),
					Map.entry("go", "Gå videre"),
					Map.entry("call", "Ring"),
					Map.entry("findOffice", "Skriv kommune eller postnummer over, så finner vi kontoret ditt."),
					Map.entry("errorTitle", "Vi fant ikke det du valgte"),
					Map.entry("error.topic", "Vi kjenner ikke det temaet. Velg et tema i listen."),
					Map.entry("error.need", "Vi kjenner ikke det behovet. Velg i listen."),
					Map.entry("error.municipality", "Vi fant ikke et NAV-kontor for den kommunen eller det postnummeret."),
					Map.entry("error.lang", "Vi kjenner ikke det språket."),
					Map.entry("fallback", "Du kan alltid ringe oss eller komme til NAV-kontoret:"),
					Map.entry("notSetUp", "Veiviseren er ikke klar ennå. Prøv igjen senere.")),
			"nn", Map.ofEntries(
					Map.entry("title", "Finn rett hjelp"),
					Map.entry("skip", "Hopp til innhaldet"),
					Map.entry("languages", "Språk"),
					Map.entry("intro", "Svar på to spørsmål, så viser vi deg kvar du får best hjelp."),
					Map.entry("topic", "Kva gjeld det?"),
					Map.entry("need", "Treng du ekstra hjelp?"),
					Map.entry("noNeed", "Nei, eg treng ikkje ekstra hjelp"),
					Map.entry("place", "Kommune eller postnummer (valfritt)"),
					Map.entry("placeHint", "Då finn vi NAV-kontoret ditt."),
					Map.entry("submit", "Vis kvar eg får hjelp"),
					Map.entry("results", "Her får du hjelp"),
					Map.entry("resultsFor", "Best først, for"),
					Map.entry("open", "Ope no."),
					Map.entry("closed", "Stengt no."),
					Map.entry("hours", "Opningstid"),
					Map.entry("wait", "Ventetid no: omtrent %d minutt."),
					Map.entry("phoneWait", "På telefonen venta dei som kom fram omtrent %d minutt i snitt %s."),
					Map.entry("waitUnknown", "Vi veit ikkje kor lang ventetida er akkurat no."),
					Map.entry("phone", "Telefon"),
					Map.entry("address", "Adresse"),
					Map.entry("go", "Gå vidare"),
					Map.entry("call", "Ring"),
					Map.entry("findOffice", "Skriv kommune eller postnummer over, så finn vi kontoret ditt."),
					Map.entry("errorTitle", "Vi fann ikkje det du valde"),
					Map.entry("error.topic", "Vi kjenner ikkje det temaet. Vel eit tema i lista."),
					Map.entry("error.need", "Vi kjenner ikkje det behovet. Vel i lista."),
					Map.entry("error.municipality", "Vi fann ikkje eit NAV-kontor for den kommunen eller det postnummeret."),
					Map.entry("error.lang", "Vi kjenner ikkje det språket."),
					Map.entry("fallback", "Du kan alltid ringje oss eller kome til NAV-kontoret:"),
					Map.entry("notSetUp", "Vegvisaren er ikkje klar enno. Prøv igjen seinare.")),
			"en", Map.ofEntries(
					Map.entry("title", "Find the right help"),
					Map.entry("skip", "Skip to content"),
					Map.entry("languages", "Language"),
					Map.entry("intro", "Answer two questions and we show you where to get the best help."),
					Map.entry("topic", "What is it about?"),
					Map.entry("need", "Do you need extra help?"),
					Map.entry("noNeed", "No, I do not need extra help"),
					Map.entry("place", "Municipality or postcode (optional)"),
					Map.entry("placeHint", "Then we find your NAV office."),
					Map.entry("submit", "Show where I get help"),
					Map.entry("results", "Where you get help"),
					Map.entry("resultsFor", "Best first, for"),
					Map.entry("open", "Open now."),
					Map.entry("closed", "Closed now."),
					Map.entry("hours", "Opening hours"),
					Map.entry("wait", "Waiting time now: about %d minutes."),
					Map.entry("phoneWait", "On the phone, callers who got through waited about %d minutes on average on %s."),
					Map.entry("waitUnknown", "We do not know the waiting time right now."),
					Map.entry("phone", "Phone"),
					Map.entry("address", "Address"),
					Map.entry("go", "Go on"),
					Map.entry("call", "Call"),
					Map.entry("findOffice", "Write your municipality or postcode above to find your office."),
					Map.entry("errorTitle", "We did not find what you chose"),
					Map.entry("error.topic", "We do not know that topic. Choose a topic from the list."),
					Map.entry("error.need", "We do not know that need. Choose from the list."),
					Map.entry("error.municipality", "We found no NAV office for that municipality or postcode."),
					Map.entry("error.lang", "We do not know that language."),
					Map.entry("fallback", "You can always call us or come to the NAV office:"),
					Map.entry("notSetUp", "The guide is not ready yet. Please try again later.")));

	private GuidePageTexts() {
	}

	static String text(String lang, String key) {
		return TEXTS.getOrDefault(lang, TEXTS.get("nb")).get(key);
	}

}
