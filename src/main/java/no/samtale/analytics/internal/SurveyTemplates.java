package no.samtale.analytics.internal;

import java.util.List;

/**
 * Surveys the seeds ran, ready to copy into the builder: the Foreldrepenger user survey (was the page useful enough
 * that you did not need to ask; are you satisfied) and the offices' survey of the channel shift.
 */
final class SurveyTemplates {

	record Template(String key, String title, String audience, List<Surveys.QuestionInput> questions) {
	}

	static final Template FORELDREPENGER = new Template("foreldrepenger", "Brukerundersøkelse: NAV Foreldrepenger på Facebook",
			"PUBLIC", List.of(
					new Surveys.QuestionInput("YES_NO",
							"Fant du svar på siden, slik at du ikke trengte å spørre selv?", null),
					new Surveys.QuestionInput("YES_NO", "Er du fornøyd med siden?", null),
					new Surveys.QuestionInput("SCALE_1_5", "Hvor lett var det å finne fram? (1 = svært vanskelig, 5 = svært lett)", null),
					new Surveys.QuestionInput("FREE_TEXT", "Har du noe mer du vil si til oss? Ikke skriv personopplysninger.",
							null)));

	static final Template CHANNEL_SHIFT = new Template("kanalomlegging", "Kontorenes erfaringer med kanalomleggingen",
			"EMPLOYEES", List.of(
					new Surveys.QuestionInput("SINGLE_CHOICE", "Hvordan har pågangen i publikumsmottaket endret seg?",
							List.of("Mindre", "Omtrent som før", "Mer")),
					new Surveys.QuestionInput("MULTIPLE_CHOICE", "Hvilke kanaler henviser dere oftest til?",
							List.of("nav.no", "Telefon", "Chat", "Facebook", "Timeavtale")),
					new Surveys.QuestionInput("SCALE_1_5", "Hvor godt fungerer omleggingen for brukerne?", null),
					new Surveys.QuestionInput("NPS", "Hvor sannsynlig er det at du anbefaler de digitale kanalene til en bruker?", null),
					new Surveys.QuestionInput("FREE_TEXT", "Hva bør bli bedre?", null)));

	static final List<Template> ALL = List.of(FORELDREPENGER, CHANNEL_SHIFT);

	private SurveyTemplates() {
	}

}
