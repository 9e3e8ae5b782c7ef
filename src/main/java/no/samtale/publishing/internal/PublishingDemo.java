package no.samtale.publishing.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.approval.Approvals;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.identity.Users;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.internal.campaigns.Campaigns;
import no.samtale.publishing.internal.sponsored.Sponsorships;
import no.samtale.publishing.Theme;
import no.samtale.publishing.ThemePeriod;
import no.samtale.teams.Team;
import no.samtale.teams.TeamMember;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * In demo mode, once: {@code redaktor} and {@code redaktor2} become editors of NAV Foreldrepenger and NAV Kunnskap
 * (so each can approve the other's posts), NAV Foreldrepenger gets a full yearly wheel, its accounts a daily target
 * of two, and a month of posts around today: published ones behind, drafts and posts waiting for approval ahead,
 * with some days under the target. Runs after the inbox demo has made the teams and accounts.
 */
@Component
@Order(40)
class PublishingDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PublishingDemo.class);

	private static final String FORELDREPENGER = "NAV Foreldrepenger";

	private static final String KUNNSKAP = "NAV Kunnskap";

	private final boolean demo;

	private final Teams teams;

	private final Users users;

	private final Accounts accounts;

	private final ThemeStore themes;

	private final PostStore posts;

	private final Calendar calendar;

	private final Approvals approvals;

	private final TransactionTemplate transaction;

	private final Meetings meetings;

	private final PostSearchFeed search;

	private final Campaigns campaigns;

	private final Sponsorships sponsorships;

	PublishingDemo(@Value("${samtale.demo:false}") boolean demo, Teams teams, Users users, Accounts accounts,
			ThemeStore themes, PostStore posts, Calendar calendar, Approvals approvals, TransactionTemplate transaction,
			Meetings meetings, PostSearchFeed search, Campaigns campaigns, Sponsorships sponsorships) {
		this.sponsorships = sponsorships;
		this.meetings = meetings;
		this.search = search;
		this.campaigns = campaigns;
		this.demo = demo;
		this.teams = teams;
		this.users = users;
		this.accounts = accounts;
		this.themes = themes;
		this.posts = posts;
		this.calendar = calendar;
		this.approvals = approvals;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		Optional<Team> foreldrepenger = team(FORELDREPENGER);
		Optional<Long> redaktor = users.idOf("redaktor");
		Optional<Long> redaktor2 = users.idOf("redaktor2");
		if (foreldrepenger.isEmpty() || redaktor.isEmpty() || redaktor2.isEmpty()
				|| themes.count(foreldrepenger.get().id()) > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			for (String name : List.of(FORELDREPENGER, KUNNSKAP)) {
				team(name).ifPresent(team -> editors(team, List.of(redaktor.get(), redaktor2.get())));
			}
			long teamId = foreldrepenger.get().id();
			List<Account> own = accounts.ofTeams(List.of(teamId))
				.stream()
				.filter(account -> account.platform() == Platform.FACEBOOK || account.platform() == Platform.INSTAGRAM)
				.toList();
			List<Long> ownIds = own.stream().map(Account::id).toList();
			own.forEach(account -> calendar.setTarget(account.id(), 2));
			List<Long> themeIds = wheel(teamId, ownIds);
			team(KUNNSKAP).ifPresent(team -> kunnskap(team.id()));
			own.stream()
				.filter(account -> account.platform() == Platform.FACEBOOK)
				.findFirst()
				.ifPresent(facebook -> month(facebook, teamId, themeIds, redaktor.get(), redaktor2.get()));
			lastWeeksMeeting(teamId, redaktor.get(), redaktor2.get());
			LocalDate today = LocalDate.now(Calendar.OSLO);
			long campaign = campaigns.insert(teamId, "Nye beregningsregler for foreldrepenger",
					"Forklar hva de nye reglene for å beregne foreldrepenger betyr for dem som søker nå.",
					"Færre spørsmål om beregning i innboksen; 20 000 som leser forklaringen", today.minusWeeks(1),
					today.plusWeeks(5), null, redaktor.get());
			own.stream().filter(a -> a.platform() == Platform.FACEBOOK).findFirst().ifPresent(facebook -> {
				// The campaign's sponsored post: its budget approved by the partner, results to be entered.
				long post = posts.insert(new PostDraft(facebook.id(), "Nye regler for beregning av foreldrepenger: "
						+ "se hva de betyr for deg.", today.plusDays(3).atTime(10, 0).atZone(Calendar.OSLO).toInstant(),
						null, campaign, "https://www.nav.no/foreldrepenger", null), teamId, redaktor.get(), Instant.now());
				sponsorships.demo(post, teamId, 5000, "Foreldre 25–40 år i Norge som venter barn", "20 000 nådd",
						today.plusDays(3), today.plusDays(10), redaktor.get(), redaktor2.get());
			});
		});
		log.info("Demo: the publishing wheel, targets and a month of posts for {}", FORELDREPENGER);
	}

	private Optional<Team> team(String name) {
		return teams.all().stream().filter(team -> team.name().equals(name)).findFirst();
	}

	private void editors(Team team, List<Long> editors) {
		List<TeamMember> members = new ArrayList<>(team.members());
		for (long editor : editors) {
			if (!team.hasMember(editor)) {
				members.add(new TeamMember(editor, TeamRole.EDITOR));
			}
		}
		teams.setMembersWithRoles(team.id(), members);
	}

	private List<Long> wheel(long teamId, List<Long> accountIds) {
		List<Long> ids = new ArrayList<>();
		ids.add(theme(teamId, accountIds, "Skattemeldingen", months(3, 4),
				"Foreldrepenger står i skattemeldingen. Forklar hvor tallene kommer fra.",
				List.of("Foreldrepenger er skattepliktig inntekt", "Sjekk at beløpet stemmer med utbetalingene"),
				"https://www.skatteetaten.no/skattemelding/"));
		ids.add(theme(teamId, accountIds, "Påske og saksbehandlingstid", weeks(13, 15),
				"Færre på jobb i påsken; svar på spørsmål om når pengene kommer.",
				List.of("Utbetaling skjer som vanlig", "Se utbetalingsdatoer på nav.no"), "https://www.nav.no/utbetalingsdatoer"));
		ids.add(theme(teamId, accountIds, "G-regulering", months(5, 5),
				"Grunnbeløpet (G) endres 1. mai. Høyeste foreldrepenger følger 6 G.",
				List.of("Nytt grunnbeløp fra 1. mai", "Etterbetaling kommer automatisk"), "https://www.nav.no/grunnbelopet"));
		ids.add(theme(teamId, accountIds, "Sommerferie og foreldrepenger", months(6, 7),
				"Ferie i foreldrepengeperioden: utsettelse, feriepenger og hva som skjer med dagene.",
				List.of("Du kan utsette foreldrepenger når du har ferie", "Feriepenger av foreldrepenger"),
				"https://www.nav.no/foreldrepenger#utsettelse"));
		ids.add(theme(teamId, accountIds, "Barnehagestart", months(8, 8),
				"Mange starter i barnehage i august; planlegg siste del av permisjonen.",
				List.of("Søk om endring i god tid", "Fedrekvoten må tas før barnet fyller tre år"),
				"https://www.nav.no/foreldrepenger"));
		ids.add(theme(teamId, accountIds, "Nye beregningsregler", months(9, 10),
				"De nye reglene for beregning av foreldrepenger: hva endres, og for hvem.",
				List.of("Gjelder barn født eller adoptert etter ikrafttredelsen", "Bruk kalkulatoren"),
				"https://www.nav.no/foreldrepenger/beregning"));
		ids.add(theme(teamId, accountIds, "Søk i god tid før termin", months(1, 12),
				"Året rundt: søk tidligst fire uker før termin, helst så tidlig som mulig.",
				List.of("Søk fire uker før termin", "Inntektsmeldingen sendes av arbeidsgiver"),
				"https://www.nav.no/foreldrepenger/soknad"));
		ids.add(theme(teamId, accountIds, "Engangsstønad", months(2, 2),
				"For dem som ikke har rett til foreldrepenger.", List.of("Engangsstønaden er skattefri"),
				"https://www.nav.no/engangsstonad"));
		ids.add(theme(teamId, accountIds, "Jul og nyttår: utbetalinger", months(12, 1),
				"Utbetalingsdatoer i desember og januar, og åpningstider i høytiden.",
				List.of("Desemberutbetalingen kommer tidligere", "Halv skatt gjelder ikke foreldrepenger"),
				"https://www.nav.no/utbetalingsdatoer"));
		ids.add(theme(teamId, accountIds, "Fedrekvote og farsdag", weeks(45, 46),
				"Farsdag i november: løft fedrekvoten og delt permisjon.", List.of("15 uker til hver av foreldrene"),
				"https://www.nav.no/foreldrepenger#kvoter"));
		ids.add(theme(teamId, accountIds, "Selvstendig næringsdrivende", months(11, 11),
				"Beregning for selvstendige: ferdiglignet inntekt de tre siste årene.",
				List.of("Gjennomsnittet av de tre siste årene"), "https://www.nav.no/foreldrepenger/selvstendig"));
		ids.add(theme(teamId, accountIds, "Adopsjon", weeks(10, 11),
				"Foreldrepenger ved adopsjon: når perioden starter og hvordan man søker.",
				List.of("Perioden starter ved omsorgsovertakelse"), "https://www.nav.no/foreldrepenger/adopsjon"));
		ids.add(theme(teamId, accountIds, "Svangerskapspenger", weeks(36, 38),
				"For gravide som ikke kan jobbe fordi arbeidet kan skade barnet.",
				List.of("Arbeidsgiver fyller ut skjema for tilrettelegging"), "https://www.nav.no/svangerskapspenger"));
		ids.add(theme(teamId, accountIds, "Studenter og foreldrepenger", weeks(33, 35),
				"Semesterstart: studenter med barn, opptjening og engangsstønad.",
				List.of("Studielån og foreldrepenger kan kombineres"), "https://www.nav.no/foreldrepenger/student"));
		return ids;
	}

	private void kunnskap(long teamId) {
		List<Long> ids = accounts.ofTeams(List.of(teamId)).stream().map(Account::id).toList();
		theme(teamId, ids, "Arbeidsmarkedet", months(1, 12), "Månedlig ledighetsstatistikk og analyser.",
				List.of("Tallene kommer første fredag i måneden"), "https://www.nav.no/no/nav-og-samfunn/statistikk");
		theme(teamId, ids, "Pensjonsbloggen: eksperter svarer", weeks(1, 52),
				"En fagartikkel hver uke fra pensjonsekspertene, delt på Facebook og X.",
				List.of("Én artikkel i uken"), "https://www.nav.no/pensjon");
	}

	private long theme(long teamId, List<Long> accountIds, String title, ThemePeriod period, String description,
			List<String> keyMessages, String link) {
		return themes.insert(new Theme(0, teamId, null, title, description, keyMessages, List.of(link), accountIds, period));
	}

	/** Last week's editorial meeting: minutes, one action done and one still open for this week's meeting. */
	private void lastWeeksMeeting(long teamId, long redaktor, long redaktor2) {
		IsoWeek last = IsoWeek.of(LocalDate.now(Calendar.OSLO)).previous();
		meetings.writeMinutes(teamId, last, """
				Til stede: Hanne og Maja.

				- Spørsmål om utsettelse i ferien økte i innboksen; vi lager en serie om ferie og foreldrepenger.
				- Instagram: vi prøver en video om barnehagestart neste måned.
				- Vi holder oss til to innlegg om dagen, og Maja godkjenner Hannes innlegg og omvendt.
				""", redaktor);
		meetings.addAction(teamId, last, "Skriv tre innlegg om ferie og foreldrepenger", redaktor2, redaktor);
		long done = meetings.addAction(teamId, last, "Sjekk lenkene til nye beregningsregler", redaktor, redaktor);
		meetings.done(done);
	}

	private static ThemePeriod months(int from, int to) {
		return new ThemePeriod(ThemePeriod.Unit.MONTHS, from, to);
	}

	private static ThemePeriod weeks(int from, int to) {
		return new ThemePeriod(ThemePeriod.Unit.WEEKS, from, to);
	}

	/**
	 * Two weeks back and two ahead on the Facebook page: two posts a weekday (the target), one on some days and none
	 * on Sundays, so days under target show. Behind today they are published; ahead, drafts and posts for approval.
	 */
	private void month(Account facebook, long teamId, List<Long> themeIds, long redaktor, long redaktor2) {
		LocalDate today = LocalDate.now(Calendar.OSLO);
		Instant now = Instant.now();
		String[] texts = { "Visste du at du kan søke om foreldrepenger fire uker før termin?",
				"Skal du ha ferie i permisjonen? Slik utsetter du foreldrepengene.",
				"Grunnbeløpet endres 1. mai. Dette betyr det for foreldrepengene dine.",
				"Barnehagestart i august? Husk å planlegge resten av permisjonen nå.",
				"Nye regler for beregning av foreldrepenger: dette må du vite.",
				"Selvstendig næringsdrivende? Slik beregnes foreldrepengene dine." };
		int n = 0;
		for (LocalDate day = today.minusDays(14); !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
			int count = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfMonth() % 5 == 0 ? 1 : 2;
			for (int i = 0; i < count; i++) {
				Instant at = day.atTime(i == 0 ? LocalTime.of(9, 30) : LocalTime.of(14, 0)).atZone(Calendar.OSLO).toInstant();
				long author = n % 2 == 0 ? redaktor : redaktor2;
				String text = texts[n % texts.length];
				long id = posts.insert(new PostDraft(facebook.id(), text, at, themeIds.get(n % themeIds.size()), null,
						"https://www.nav.no/foreldrepenger", null), teamId, author, now);
				if (at.isBefore(now)) {
					posts.demoPublished(id, "1000000000001_demo" + id, at);
					search.changed(id);
				}
				else if (n % 3 == 0) {
					posts.submitted(id, approvals.submit(SubjectKind.POST, teamId, author, text, false), 1, now);
				}
				n++;
			}
		}
	}

}
