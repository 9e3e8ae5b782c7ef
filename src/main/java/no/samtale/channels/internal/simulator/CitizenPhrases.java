package no.samtale.channels.internal.simulator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Realistic Norwegian citizen messages for the simulator, in the tone of comments on NAV's pages: short, personal,
 * sometimes misspelt. Kept free of real names and identity numbers.
 */
final class CitizenPhrases {

	static final List<String> NAMES = List.of("Kari N.", "Ole H.", "Fatima A.", "Jonas B.", "Ingrid L.", "Mohammed S.",
			"Sofie K.", "Lars E.", "Nora M.", "Erik T.", "Aisha R.", "Magnus J.", "Emma P.", "Henrik D.", "Sara V.");

	static final List<String> POSTS = List.of(
			"Visste du at du kan søke om foreldrepenger tidligst fire uker før termin? Les mer på nav.no.",
			"Nå kan du se utbetalingene dine på Min side. Har du spørsmål? Skriv til oss her!",
			"Skal du ha barn i år? Her er fem ting du bør vite om foreldrepermisjon.",
			"Husk å sende meldekortet hver fjortende dag, også i ferien.",
			"Sommerjobb? Slik søker du på ledige stillinger hos arbeidsplassen.no.");

	static final List<String> PUBLIC = List.of(
			"Hvor lang tid tar det å få svar på søknaden om foreldrepenger? Søkte for seks uker siden.",
			"Kan far ta ut permisjon samtidig som mor? Vi skjønner ikke reglene for fellesperioden.",
			"Jeg har sendt inn søknad om engangsstønad, men har ikke hørt noe. Hva gjør jeg?",
			"Når kommer pengene? Det står ingenting på min side.",
			"Takk for god hjelp på telefon i går!",
			"Hvorfor er det så vanskelig å finne ut hvor mye man får utbetalt?",
			"Må jeg søke på nytt hvis jeg vil utsette permisjonen?",
			"Får man feriepenger av foreldrepenger?",
			"Hva skjer med foreldrepengene hvis jeg blir syk i permisjonen?",
			"Kan jeg jobbe litt deltid mens jeg har foreldrepenger?",
			"Er det noen som vet om man kan dele opp permisjonen i flere perioder?",
			"Hvordan sender jeg meldekort når jeg er på ferie?",
			"Fikk avslag og skjønner ikke hvorfor. Hvem kan jeg snakke med?",
			"Bra info, men lenken virker ikke på mobil.");

	static final List<String> PRIVATE = List.of(
			"Hei! Jeg lurer på om søknaden min om foreldrepenger er mottatt. Jeg sendte den forrige uke.",
			"Hei NAV. Jeg er student og venter barn. Har jeg rett på engangsstønad eller foreldrepenger?",
			"Hei, jeg har fått brev om tilbakebetaling og forstår ikke hvorfor. Kan dere hjelpe?",
			"Jeg har byttet jobb midt i permisjonen. Må jeg gi beskjed til dere?",
			"Hei. Hvordan endrer jeg kontonummeret utbetalingen går til?",
			"Vi har adoptert og lurer på hvilke regler som gjelder for oss.",
			"Hei! Jeg er selvstendig næringsdrivende. Hvordan beregnes foreldrepengene mine?",
			"Kan dere ringe meg? Jeg får ikke logget inn på nav.no.");

	private CitizenPhrases() {
	}

	static <T> T pick(List<T> choices, RandomGenerator random) {
		return choices.get(random.nextInt(choices.size()));
	}

}
