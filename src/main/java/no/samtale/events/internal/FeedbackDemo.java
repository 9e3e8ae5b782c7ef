package no.samtale.events.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * In demo mode, after the inbox's demo teams: product feedback on "Digital sykmelding" (worked by NAV Kunnskap) and
 * "Digital søknad om foreldrepenger" (NAV Foreldrepenger, whose members include {@code veileder1}), given over the
 * last five weeks, one answered and one marked as having led to a change.
 */
@Component
@Order(45)
class FeedbackDemo implements ApplicationRunner {

	private final FeedbackServices services;

	private final Feedback feedback;

	private final Teams teams;

	private final Users users;

	private final boolean demo;

	FeedbackDemo(FeedbackServices services, Feedback feedback, Teams teams, Users users,
			@Value("${samtale.demo}") boolean demo) {
		this.services = services;
		this.feedback = feedback;
		this.teams = teams;
		this.users = users;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || !services.all().isEmpty()) {
			return;
		}
		Long kunnskap = team("NAV Kunnskap");
		Long foreldrepenger = team("NAV Foreldrepenger");
		if (kunnskap == null || foreldrepenger == null) {
			return;
		}
		CurrentUser admin = users.find(id("admin")).orElseThrow();
		long sykmelding = services.create("Digital sykmelding", kunnskap, admin);
		long soknad = services.create("Digital søknad om foreldrepenger", foreldrepenger, admin);
		Instant now = Instant.now();
		feedback.insert(sykmelding, "Det er vanskelig å finne ut hvor jeg ser om arbeidsgiveren har fått sykmeldingen.",
				id("ansatt"), now.minus(Duration.ofDays(30)));
		feedback.insert(sykmelding, "Gradert sykmelding burde vise prosenten tydeligere i oversikten.", id("ansatt2"),
				now.minus(Duration.ofDays(12)));
		feedback.insert(sykmelding, "Brukerne ringer fordi kvitteringen ikke sier hva som skjer videre.", id("veileder4"),
				now.minus(Duration.ofDays(2)));
		long answered = feedback.insert(soknad, "Vedleggsopplastingen feiler på mobil for store bilder.", id("ansatt3"),
				now.minus(Duration.ofDays(20)));
		long changed = feedback.insert(soknad, "Søknaden bør huske hva jeg har fylt ut hvis jeg blir logget ut.",
				id("veileder5"), now.minus(Duration.ofDays(9)));
		feedback.insert(soknad, "Datovelgeren er vanskelig å bruke med skjermleser.", id("ansatt"),
				now.minus(Duration.ofDays(1)));
		CurrentUser veileder1 = users.find(id("veileder1")).orElseThrow();
		feedback.answer(answered, "Takk! Vi har meldt feilen videre og retter den i neste versjon.", veileder1);
		feedback.answer(changed, "Godt forslag, vi lagrer nå utkast automatisk.", veileder1);
		feedback.ledToChange(changed, "Søknaden lagrer utkast automatisk fra versjon 4.2.", veileder1);
	}

	private Long team(String name) {
		return teams.all().stream().filter(team -> team.name().equals(name)).map(Team::id).findFirst().orElse(null);
	}

	private long id(String username) {
		return users.idOf(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

}
