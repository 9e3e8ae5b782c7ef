package no.samtale.publishing.internal.blog;

import java.util.List;

/** The demo's three articles of the pension blog, as an expert would write them. */
final class BlogDemoArticles {

	private static final String EXPERT = "Per Kristian Moen";

	private static final String TITLE = "Seniorrådgiver, pensjon";

	private BlogDemoArticles() {
	}

	static List<BlogPostDraft> all() {
		return List.of(flexible(), afp(), applying());
	}

	private static BlogPostDraft flexible() {
		return new BlogPostDraft("Alderspensjon fra 62 år: dette bør du vite før du velger", null,
				"Du kan ta ut alderspensjon fra folketrygden fleksibelt, helt eller delvis, og kombinere den med "
						+ "arbeid. Men jo tidligere du starter, jo lavere blir pensjonen hvert år.",
				"""
						Mange tror at pensjonsalderen er 67 år. Sannheten er at du selv kan velge når du vil starte \
						uttaket av alderspensjon fra folketrygden, fra du fyller 62 år og helt opp til 75 år.

						## Tidlig uttak gir lavere årlig pensjon

						Pensjonen du har tjent opp, skal fordeles over årene du er pensjonist. Starter du tidlig, blir \
						den fordelt over flere år, og beløpet hver måned blir lavere – for resten av livet. Venter du, \
						blir det motsatt.

						For å kunne starte før 67 år må pensjonen din være høy nok. Den må tilsvare minst \
						garantipensjonen du ville fått ved 67 år. Pensjonskalkulatoren viser om du oppfyller kravet.

						## Du kan ta ut deler av pensjonen

						Du trenger ikke ta ut hele pensjonen på en gang. Du kan velge 20, 40, 50, 60, 80 eller \
						100 prosent uttak. Det du ikke tar ut, fortsetter å vokse hvis du jobber.

						## Slik gjør du det

						1. Logg inn på Din pensjon på [nav.no](https://www.nav.no/pensjon).
						2. Bruk pensjonskalkulatoren og prøv ulike tidspunkter og uttaksgrader.
						3. Tenk gjennom hva du trenger å leve av, også om ti og tjue år.

						Stortinget har vedtatt at aldersgrensene gradvis skal bli høyere for yngre årskull. \
						Kalkulatoren viser hva som gjelder for deg.
						""",
				EXPERT, TITLE, null);
	}

	private static BlogPostDraft afp() {
		return new BlogPostDraft("AFP i privat sektor: har du rett?", null,
				"AFP i privat sektor er et livsvarig tillegg til alderspensjonen. Om du får den, avgjøres blant "
						+ "annet av hvor du har jobbet de siste årene før du fyller 62.",
				"""
						Avtalefestet pensjon (AFP) i privat sektor kommer i tillegg til alderspensjonen fra \
						folketrygden. Du får den hele livet, og du kan jobbe ved siden av uten at den blir redusert.

						## Hvem kan få AFP?

						For å få AFP i privat sektor må du blant annet

						- jobbe i en bedrift som har AFP-ordning, både da du fyller 62 og når du tar ut AFP
						- ha jobbet i bedrifter med AFP-ordning i minst sju av de siste ni årene før du fyller 62
						- ha en inntekt som tilsvarer minst én ganger grunnbeløpet (G) året før du tar ut AFP

						Kravene er strenge. Har du byttet jobb, vært sykmeldt lenge eller jobbet deltid de siste \
						årene, bør du sjekke dine egne forhold nøye.

						## Hvem avgjør søknaden?

						Du søker om AFP og alderspensjon samtidig hos NAV. Fellesordningen for AFP vurderer om du \
						oppfyller vilkårene, og NAV beregner og betaler ut AFP-en sammen med alderspensjonen.

						**Tips:** Spør arbeidsgiveren din om bedriften har AFP-ordning. Det er ikke alle som vet det.
						""",
				EXPERT, TITLE, null);
	}

	private static BlogPostDraft applying() {
		return new BlogPostDraft("Uttak av pensjon: søk i god tid", null,
				"Skal du starte uttaket av alderspensjon? Her er det du må gjøre, og når du bør søke for å få den "
						+ "første utbetalingen når du ønsker.",
				"""
						Alderspensjon kommer ikke av seg selv. Du må søke, og det lønner seg å gjøre det i god tid.

						## Når bør jeg søke?

						Søk gjerne tre til fire måneder før du vil starte uttaket. Pensjonen kan tidligst starte \
						måneden etter at du har søkt, så en sen søknad kan gi en sen første utbetaling.

						## Slik søker du

						1. Logg inn på Din pensjon på [nav.no](https://www.nav.no/pensjon).
						2. Velg når du vil starte, og hvor mye av pensjonen du vil ta ut.
						3. Har du rett til AFP, søker du om den i samme søknad.

						Du får svar på nav.no når søknaden er behandlet. Pensjonen utbetales den 20. i hver måned.

						## Kan jeg ombestemme meg?

						Ja. Du kan endre uttaksgraden, eller stanse uttaket, men som hovedregel bare én gang i \
						løpet av tolv måneder. Unntaket er at du alltid kan stanse helt.

						Har du spørsmål? Skriv dem under artikkelen, så svarer vi her.
						""",
				EXPERT, TITLE, null);
	}

}
