package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.InboxMessageFeed.Logged;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * A team's time to close: a conversation is opened when its first citizen's message arrives (as the inbox's feed
 * tells {@link InboxFollowing}; if an event tells of it first, when that event came), closed when the inbox's
 * {@code ConversationChanged} says CLOSED; reopening (a later message, or an event in another status) clears the
 * close, so the time runs from the first message to the last close. Conversations older than this store start when
 * it was first told of them. A conversation the follower sees for the first time is also counted per channel and its
 * subject's words per week ({@link InboxWords}).
 */
@Component
class ConversationFacts {

	/** Conversations closed in a range and their time to close (seconds; null when none closed). */
	record Closing(int closed, @Nullable Long p50Seconds, @Nullable Long p90Seconds) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final InboxWords words;

	private final JdbcTemplate batch;

	private final FactsVersion version;

	ConversationFacts(JdbcClient jdbc, JdbcTemplate batch, DuplicateSafeInsert inserts, InboxWords words,
			FactsVersion version) {
		this.version = version;
		this.jdbc = jdbc;
		this.batch = batch;
		this.inserts = inserts;
		this.words = words;
	}

	@Transactional
	void count(ConversationChanged changed) {
		version.changed();
		Instant now = Instant.now();
		// Seen here before the follower saw its first message (a close within seconds of it arriving): the account
		// stays empty until the follower fills it in and counts the subject's words.
		inserts.insert("""
				insert into analytics_conversation_fact (conversation_id, team_id, opened_at, opened_day)
				values (:id, :team, :now, :day)
				""", "conversation_id", sql -> jdbc.sql(sql)
			.param("id", changed.conversationId())
			.param("team", changed.teamId())
			.param("now", Timestamp.from(now))
			.param("day", Date.valueOf(Oslo.dayOf(now)))
			.update());
		if (changed.status() == ConversationStatus.CLOSED) {
			Instant opened = jdbc.sql("select opened_at from analytics_conversation_fact where conversation_id = :id")
				.param("id", changed.conversationId())
				.query(Timestamp.class)
				.single()
				.toInstant();
			jdbc.sql("""
					update analytics_conversation_fact set closed_at = :now, closed_day = :day, close_seconds = :seconds
					where conversation_id = :id and closed_at is null
					""")
				.param("now", Timestamp.from(now))
				.param("day", Date.valueOf(Oslo.dayOf(now)))
				.param("seconds", Math.max(0, Duration.between(opened, now).toSeconds()))
				.param("id", changed.conversationId())
				.update();
		}
		else {
			jdbc.sql("""
					update analytics_conversation_fact set closed_at = null, closed_day = null, close_seconds = null
					where conversation_id = :id and closed_at is not null
					""").param("id", changed.conversationId()).update();
		}
	}

	/**
	 * A batch as {@link #count} counts each: the conversations not seen before recorded with one batched insert,
	 * reopenings cleared with one statement. Call inside a transaction.
	 */
	void countAll(List<ConversationChanged> changes) {
		version.changed();
		changes.stream().filter(changed -> changed.status() == ConversationStatus.CLOSED).forEach(this::count);
		Map<Long, Long> teams = new LinkedHashMap<>();
		changes.stream()
			.filter(changed -> changed.status() != ConversationStatus.CLOSED)
			.forEach(changed -> teams.putIfAbsent(changed.conversationId(), changed.teamId()));
		if (teams.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(teams.keySet());
		Map<Long, Long> firstSeen = new LinkedHashMap<>(teams);
		jdbc.sql("select conversation_id from analytics_conversation_fact where conversation_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.list()
			.forEach(firstSeen::remove);
		Instant now = Instant.now();
		List<Map.Entry<Long, Long>> rows = List.copyOf(firstSeen.entrySet());
		if (!rows.isEmpty()) {
			// Read just now in this transaction; the conflict clause (PostgreSQL) covers a racing node.
			batch.batchUpdate(inserts.forBatch("""
					insert into analytics_conversation_fact (conversation_id, team_id, opened_at, opened_day)
					values (?, ?, ?, ?)
					""", "conversation_id"), rows, rows.size(), (statement, row) -> {
				statement.setLong(1, row.getKey());
				statement.setLong(2, row.getValue());
				statement.setTimestamp(3, Timestamp.from(now));
				statement.setDate(4, Date.valueOf(Oslo.dayOf(now)));
			});
		}
		jdbc.sql("""
				update analytics_conversation_fact set closed_at = null, closed_day = null, close_seconds = null
				where conversation_id in (:ids) and closed_at is not null
				""").param("ids", ids).update();
	}

	/**
	 * What a follower round ({@link InboxFollowing}) learns from the citizens' messages it counts, in its transaction:
	 * a conversation not seen before is opened at its first message's arrival, with its account, and its subject's
	 * words are counted ({@link InboxWords}); one seen before only by an event (no account yet) gets its account and
	 * words now; one closed before a message that arrived after the close is open again. Statements per round, not per
	 * message: one read of the facts, one batched insert, and batched updates for the few others.
	 */
	void followed(List<Logged> citizens) {
		if (citizens.isEmpty()) {
			return;
		}
		version.changed();
		Map<Long, Logged> first = new LinkedHashMap<>();
		Map<Long, Instant> latest = new HashMap<>();
		for (Logged message : citizens) {
			first.merge(message.conversationId(), message, (was, next) -> next.at().isBefore(was.at()) ? next : was);
			latest.merge(message.conversationId(), message.at(), (a, b) -> a.isAfter(b) ? a : b);
		}
		record Known(boolean hasAccount, @Nullable Instant closedAt) {
		}
		Map<Long, Known> known = new HashMap<>();
		jdbc.sql("""
				select conversation_id, account_id, closed_at from analytics_conversation_fact
				where conversation_id in (:ids)
				""").param("ids", List.copyOf(first.keySet())).query((rs, n) -> {
			rs.getLong("account_id");
			boolean hasAccount = !rs.wasNull();
			Timestamp closed = rs.getTimestamp("closed_at");
			return known.put(rs.getLong("conversation_id"), new Known(hasAccount, closed == null ? null : closed.toInstant()));
		}).list();
		List<Logged> opened = first.values().stream().filter(m -> !known.containsKey(m.conversationId())).toList();
		// The cursor's lock keeps other rounds out; an event's count() may insert the same conversation meanwhile, and
		// the conflict clause (PostgreSQL) leaves its row, which the next statements give its account (on H2 the
		// insert fails, the round rolls back and the next one finds the row).
		if (!opened.isEmpty()) {
			batch.batchUpdate(inserts.forBatch("""
					insert into analytics_conversation_fact (conversation_id, team_id, account_id, opened_at, opened_day)
					values (?, ?, ?, ?, ?)
					""", "conversation_id"), opened, opened.size(), (statement, message) -> {
				statement.setLong(1, message.conversationId());
				statement.setLong(2, message.teamId());
				statement.setLong(3, message.accountId());
				statement.setTimestamp(4, Timestamp.from(message.at()));
				statement.setDate(5, Date.valueOf(Oslo.dayOf(message.at())));
			});
		}
		List<Long> withoutAccount = new ArrayList<>(known.entrySet().stream()
			.filter(entry -> !entry.getValue().hasAccount())
			.map(Map.Entry::getKey)
			.toList());
		if (!opened.isEmpty()) {
			withoutAccount.addAll(jdbc.sql("""
					select conversation_id from analytics_conversation_fact
					where conversation_id in (:ids) and account_id is null
					""").param("ids", opened.stream().map(Logged::conversationId).toList()).query(Long.class).list());
		}
		Map<Long, InboxWords.First> firstSeen = new LinkedHashMap<>();
		opened.forEach(m -> firstSeen.put(m.conversationId(), new InboxWords.First(m.teamId(), Oslo.dayOf(m.at()))));
		if (!withoutAccount.isEmpty()) {
			List<Logged> claiming = withoutAccount.stream().distinct().map(first::get).toList();
			// Only the round that gives the account counts the words: an update that finds it given changes nothing.
			int[] given = batch.batchUpdate("""
					update analytics_conversation_fact set account_id = ? where conversation_id = ? and account_id is null
					""", claiming, claiming.size(), (statement, message) -> {
				statement.setLong(1, message.accountId());
				statement.setLong(2, message.conversationId());
			})[0];
			for (int i = 0; i < claiming.size(); i++) {
				Logged message = claiming.get(i);
				if (given[i] == 1 && !firstSeen.containsKey(message.conversationId())) {
					firstSeen.put(message.conversationId(), new InboxWords.First(message.teamId(), Oslo.dayOf(message.at())));
				}
			}
		}
		words.firstSeenAll(firstSeen);
		List<Long> reopened = known.entrySet().stream()
			.filter(entry -> entry.getValue().closedAt() != null
					&& latest.get(entry.getKey()).isAfter(entry.getValue().closedAt()))
			.map(Map.Entry::getKey)
			.toList();
		if (!reopened.isEmpty()) {
			batch.batchUpdate("""
					update analytics_conversation_fact set closed_at = null, closed_day = null, close_seconds = null
					where conversation_id = ? and closed_at < ?
					""", reopened, reopened.size(), (statement, id) -> {
				statement.setLong(1, id);
				statement.setTimestamp(2, Timestamp.from(latest.get(id)));
			});
		}
	}

	Closing of(long teamId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) as closed,
				    percentile_disc(0.5) within group (order by close_seconds) as p50,
				    percentile_disc(0.9) within group (order by close_seconds) as p90
				from analytics_conversation_fact where team_id = :team and closed_day between :from and :to
				""")
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Closing(rs.getInt("closed"), nullable(rs, "p50"), nullable(rs, "p90")))
			.single();
	}

	private static @Nullable Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
