package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import no.samtale.platform.DuplicateSafeInsert;

/**
 * A team's time to close, from the inbox's {@code ConversationChanged}: a conversation is opened when analytics
 * first hears of it (its first message arrives), closed when its status becomes CLOSED; reopening clears the close,
 * so the time runs from the first message to the last close. Conversations older than this store start when it
 * was first told of them. A conversation seen for the first time is also counted per channel and its subject's words
 * per week ({@link InboxWords}).
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
		int firstSeen = inserts.insert("""
				insert into analytics_conversation_fact (conversation_id, team_id, opened_at, opened_day)
				values (:id, :team, :now, :day)
				""", "conversation_id", sql -> jdbc.sql(sql)
			.param("id", changed.conversationId())
			.param("team", changed.teamId())
			.param("now", Timestamp.from(now))
			.param("day", Date.valueOf(Oslo.dayOf(now)))
			.update());
		if (firstSeen == 1) {
			words.firstSeen(changed.conversationId(), changed.teamId(), Oslo.dayOf(now));
		}
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
	 * A batch as {@link #count} counts each: the conversations seen for the first time recorded with one batched
	 * insert and their words counted together, reopenings cleared with one statement. Call inside a transaction.
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
		words.firstSeenAll(firstSeen, Oslo.dayOf(now));
		jdbc.sql("""
				update analytics_conversation_fact set closed_at = null, closed_day = null, close_seconds = null
				where conversation_id in (:ids) and closed_at is not null
				""").param("ids", ids).update();
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
