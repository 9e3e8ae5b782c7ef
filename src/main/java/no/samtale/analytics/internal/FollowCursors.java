package no.samtale.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.DuplicateSafeInsert;

/**
 * The durable places of analytics' followers ({@code analytics_follow_cursor}), one row per feed. A round locks its
 * feed's row first and moves it in the same transaction as the counts it covers: a crash before the commit undoes
 * both, so the rows are counted again once, and a second node never counts the same rows (on PostgreSQL it skips the
 * round while the row is locked; H2 is embedded, one node, and waits).
 */
@Component
class FollowCursors {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	FollowCursors(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/**
	 * Locks the feed's place until the transaction ends and answers it; null when another node holds it now. The
	 * migration that made the table placed the inbox's feed; a feed without a row (a new one, or a row deleted by
	 * hand) starts at {@code start}, its end then, rather than counting its whole history again. Call inside a
	 * transaction.
	 */
	@Nullable Long lock(String feed, LongSupplier start) {
		List<Long> held = locked(feed);
		if (!held.isEmpty()) {
			return held.get(0);
		}
		long from = start.getAsLong();
		int made = inserts.insert("""
				insert into analytics_follow_cursor (feed, last_id, followed_at) values (:feed, :last, :now)
				""", "feed", sql -> jdbc.sql(sql)
			.param("feed", feed)
			.param("last", from)
			.param("now", Timestamp.from(Instant.now()))
			.update());
		if (made == 1) {
			return from;
		}
		// Made by another node meanwhile; this round is theirs or the next one's.
		return null;
	}

	private List<Long> locked(String feed) {
		if (inserts.postgresql()) {
			return jdbc.sql("select last_id from analytics_follow_cursor where feed = :feed for update skip locked")
				.param("feed", feed)
				.query(Long.class)
				.list();
		}
		// H2 re-reads after the lock in a statement of its own, so a round that waited sees the place it waited for.
		jdbc.sql("select last_id from analytics_follow_cursor where feed = :feed for update").param("feed", feed)
			.query(Long.class).list();
		return jdbc.sql("select last_id from analytics_follow_cursor where feed = :feed")
			.param("feed", feed)
			.query(Long.class)
			.list();
	}

	/** Moves the feed's place to {@code lastId}, in the transaction that locked it and counted up to it. */
	void advance(String feed, long lastId) {
		jdbc.sql("update analytics_follow_cursor set last_id = :last, followed_at = :now where feed = :feed")
			.param("last", lastId)
			.param("now", Timestamp.from(Instant.now()))
			.param("feed", feed)
			.update();
	}

	/** The feed's place without a lock, null before the first round (for tests and the admin's curiosity). */
	@Nullable Long place(String feed) {
		return jdbc.sql("select last_id from analytics_follow_cursor where feed = :feed")
			.param("feed", feed)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
