package no.samtale.channels.internal.snapchat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.ManualConversationLogged;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataDetector;

/**
 * The log of conversations held in a manual channel's own app: a topic and what was answered, on a day. It keeps no
 * one's name or handle, and a text with an identity number, phone number, account number or e-mail address is
 * refused (the field named), so the log never becomes a register of people. Each entry is published as
 * {@link ManualConversationLogged}, which analytics counts as a private message answered that day.
 */
@Service
class ManualLog {

	private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	ManualLog(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
	}

	record Entry(long id, long accountId, String topic, String replySummary, LocalDate heldOn, long loggedBy,
			Instant createdAt) {
	}

	@Transactional
	long log(long accountId, String topic, String replySummary, LocalDate heldOn, long userId) {
		Account account = accounts.get(accountId);
		if (account.connector() != ConnectorKind.MANUAL) {
			throw new RuleViolationException("not-a-manual-channel", "connector",
					"Only a manual channel's conversations are logged by hand; this account's connector is "
							+ account.connector());
		}
		clean("topic", topic);
		clean("replySummary", replySummary);
		if (heldOn.isAfter(LocalDate.now().plusDays(1))) {
			throw new InvalidInputException("heldOn", "Must not be in the future");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into channels_manual_log (account_id, topic, reply_summary, held_on, logged_by, created_at)
				values (:account, :topic, :reply, :heldOn, :user, :now)
				""").param("account", accountId).param("topic", topic.strip()).param("reply", replySummary.strip())
			.param("heldOn", Date.valueOf(heldOn)).param("user", userId).param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKey().longValue();
		events.publishEvent(new ManualConversationLogged(id, accountId, heldOn));
		return id;
	}

	List<Entry> recent(long accountId, int limit) {
		return jdbc.sql("select * from channels_manual_log where account_id = :account "
				+ "order by held_on desc, id desc limit :limit")
			.param("account", accountId).param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("topic"),
					rs.getString("reply_summary"), rs.getDate("held_on").toLocalDate(), rs.getLong("logged_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static void clean(String field, String text) {
		if (!DETECTOR.scan(text).isEmpty()) {
			throw new InvalidInputException(field, "Must not hold personal data (an identity, phone or account "
					+ "number, an e-mail address); describe the topic, not the person");
		}
	}

}
