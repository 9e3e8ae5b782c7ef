package no.samtale.analytics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * The short satisfaction questions a citizen gets at the end of a web chat and after an answered conversation: two
 * questions (did you get help; how satisfied, 1–5), kept as an ordinary public survey per account and moment, so
 * that the answers are anonymous like every survey's and their results are the survey's results. The citizen's page
 * words the questions in the citizen's language; the stored texts are the bokmål ones.
 */
@Component
class Satisfaction {

	enum Moment {
		CHAT, ANSWERED
	}

	static final List<Surveys.QuestionInput> QUESTIONS = List.of(
			new Surveys.QuestionInput("YES_NO", "Fikk du hjelp med det du lurte på?", null),
			new Surveys.QuestionInput("SCALE_1_5", "Hvor fornøyd er du? (1 = svært misfornøyd, 5 = svært fornøyd)",
					null));

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Surveys surveys;

	private final SurveyStore store;

	Satisfaction(JdbcClient jdbc, Accounts accounts, Surveys surveys, SurveyStore store) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.surveys = surveys;
		this.store = store;
	}

	static Moment moment(String value) {
		try {
			return Moment.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("moment", "CHAT or ANSWERED");
		}
	}

	/**
	 * The account's published survey for the moment, made the first time it is asked for. Synchronized so that two
	 * first askers make one survey (one application instance; a second instance's race would leave one unused
	 * survey, never a wrong answer).
	 */
	@Transactional
	synchronized SurveyStore.Survey survey(long accountId, Moment moment) {
		Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
		Optional<Long> existing = jdbc.sql("""
				select survey_id from analytics_satisfaction where account_id = :account and moment = :moment
				""").param("account", accountId).param("moment", moment.name()).query(Long.class).optional();
		if (existing.isPresent()) {
			return store.get(existing.get());
		}
		String what = moment == Moment.CHAT ? "etter nettprat" : "etter besvart henvendelse";
		long id = surveys.create("Tilfredshet " + what + ": " + account.name(), "PUBLIC", false, null, 0L, QUESTIONS);
		store.publish(id);
		jdbc.sql("insert into analytics_satisfaction (account_id, moment, survey_id) values (:account, :moment, :id)")
			.param("account", accountId)
			.param("moment", moment.name())
			.param("id", id)
			.update();
		return store.get(id);
	}

}
