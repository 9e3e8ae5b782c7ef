package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.DuplicateSafeInsert;

/**
 * The per-account, per-day counters, bumped once per event: the event's key is claimed in the same transaction as
 * the increment, so a redelivered event finds its key taken and counts nothing.
 */
@Component
class AccountDayStore {

	/** The counters an event may bump; the column names are fixed here, never taken from outside. */
	enum Counter {
		POSTS("posts"), COMMENTS("comments"), PRIVATE_MESSAGES("private_messages"), REPLIES_SENT("replies_sent"),
		HIDDEN_COMMENTS("hidden_comments");

		final String column;

		Counter(String column) {
			this.column = column;
		}
	}

	record AccountDay(LocalDate date, Long followers, Long reach, int posts, int comments, int privateMessages,
			int repliesSent, int hiddenComments) {
	}

	private static final Set<Counter> ALL = Set.of(Counter.values());

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	AccountDayStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** Whether this is the first time the event is seen; call inside the transaction that counts it. */
	boolean claim(String eventKey) {
		return inserts.insert("insert into analytics_counted_event (event_key, counted_at) values (:key, :now)",
				"event_key", sql -> jdbc.sql(sql)
					.param("key", eventKey)
					.param("now", Timestamp.from(Instant.now()))
					.update()) == 1;
	}

	void add(long accountId, LocalDate day, Counter counter, int delta) {
		if (!ALL.contains(counter)) {
			throw new IllegalArgumentException(String.valueOf(counter));
		}
		ensureRow(accountId, day);
		jdbc.sql("update analytics_account_day set " + counter.column + " = " + counter.column
				+ " + :delta where account_id = :account and metric_day = :day")
			.param("delta", delta)
			.param("account", accountId)
			.param("day", Date.valueOf(day))
			.update();
	}

	private void ensureRow(long accountId, LocalDate day) {
		inserts.insert("insert into analytics_account_day (account_id, metric_day) values (:account, :day)",
				"account_id, metric_day", sql -> jdbc.sql(sql)
					.param("account", accountId)
					.param("day", Date.valueOf(day))
					.update());
	}

	List<AccountDay> between(long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from analytics_account_day where account_id = :account and metric_day between :from and :to
				order by metric_day
				""")
			.param("account", accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new AccountDay(rs.getDate("metric_day").toLocalDate(), nullableLong(rs, "followers"),
					nullableLong(rs, "reach"), rs.getInt("posts"), rs.getInt("comments"),
					rs.getInt("private_messages"), rs.getInt("replies_sent"), rs.getInt("hidden_comments")))
			.list();
	}

	private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
