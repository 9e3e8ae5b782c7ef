package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import no.samtale.identity.Unit;
import no.samtale.identity.Users;

/**
 * The demo's hearing: a proposal in three sections, open for two more weeks, five invited units of which two have
 * answered (NAV Kontaktsenter Hordaland and NAV Hamar). Called from {@link EventsDemo}.
 */
@Component
class HearingsDemo {

	private final JdbcClient jdbc;

	private final Users users;

	HearingsDemo(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	void seed() {
		Instant now = Instant.now();
		long hearing = insert("""
				insert into events_hearing (title, summary, deadline, anonymous_allowed, created_by, created_at, sent_at)
				values (:title, :summary, :deadline, true, :by, :now, :now)
				""", "title", "Høring: felles vaktordning for kontaktsentrene", "summary",
				"Forslaget samler vaktlistene i Hordaland og Oppland og innfører kveldsvakt to dager i uka.", "deadline",
				Timestamp.from(now.plus(Duration.ofDays(14))), "by", id("leder"), "now",
				Timestamp.from(now.minus(Duration.ofDays(7))));
		long[] sections = new long[3];
		String[][] texts = { { "Felles vaktliste", "Vaktlistene for Hordaland og Oppland slås sammen til én." },
				{ "Kveldsvakt", "Chatten holdes åpen til klokka 20 tirsdag og torsdag." },
				{ "Opplæring", "Alle veiledere får to dager felles opplæring før oppstart." } };
		for (int i = 0; i < texts.length; i++) {
			sections[i] = insert("insert into events_hearing_section (hearing_id, position, title, body) values (:h, :p, :t, :b)",
					"h", hearing, "p", i + 1, "t", texts[i][0], "b", texts[i][1]);
		}
		Object[][] invited = { { "Ytelsesavdelingen – regelverk", "fagperson" }, { "Kommunikasjonsavdelingen", "redaktor" },
				{ "NAV Kontaktsenter Hordaland", "leder2" }, { "NAV Kontaktsenter Oppland", "moderator" },
				{ "NAV Hamar", "moderator2" } };
		for (Object[] unit : invited) {
			jdbc.sql("insert into events_hearing_unit (hearing_id, unit_id, responsible_id) values (:h, :u, :r)")
				.param("h", hearing)
				.param("u", unit((String) unit[0]))
				.param("r", id((String) unit[1]))
				.update();
		}
		long hordaland = response(hearing, unit("NAV Kontaktsenter Hordaland"), "leder2", now.minus(Duration.ofDays(2)));
		answer(hordaland, sections[0], "AGREE", "Felles liste gjør det lettere å bytte vakter.");
		answer(hordaland, sections[1], "DISAGREE", "Kveldsvakt to dager i uka krever flere folk enn vi har i dag.");
		answer(hordaland, sections[2], "AGREE", null);
		long hamar = response(hearing, unit("NAV Hamar"), "moderator2", now.minus(Duration.ofDays(1)));
		answer(hamar, sections[0], "AGREE", null);
		answer(hamar, sections[1], "COMMENT", "Vi ønsker kveldsvakt på onsdag i stedet for torsdag.");
		long person = response(hearing, null, "veileder4", now.minus(Duration.ofHours(5)));
		answer(person, sections[1], "AGREE", "Mange brukere tar kontakt etter arbeidstid.");
	}

	private long response(long hearing, Long unit, String author, Instant at) {
		return insert("""
				insert into events_hearing_response (hearing_id, unit_id, author_id, no_comments, approved_by, approved_at, created_at)
				values (:h, :u, :a, false, :approver, :at, :at)
				""", "h", hearing, "u", unit, "a", id(author), "approver", unit == null ? null : id(author), "at",
				Timestamp.from(at));
	}

	private void answer(long response, long section, String stance, String comment) {
		jdbc.sql("insert into events_hearing_answer (response_id, section_id, stance, comment) values (:r, :s, :st, :c)")
			.param("r", response)
			.param("s", section)
			.param("st", stance)
			.param("c", comment)
			.update();
	}

	private long insert(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (int i = 0; i < params.length; i += 2) {
			statement = statement.param((String) params[i], params[i + 1]);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		statement.update(key, "id");
		return key.getKey().longValue();
	}

	private long unit(String name) {
		return users.unitNamed(name).map(Unit::id).orElseThrow(() -> new IllegalStateException("No demo unit " + name));
	}

	private long id(String username) {
		return users.idOf(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

}
