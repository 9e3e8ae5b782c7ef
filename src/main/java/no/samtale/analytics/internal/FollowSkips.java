package no.samtale.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages analytics' follower passed without counting ({@code analytics_follow_skip}): each is logged by id
 * (never its text), kept for the administrators' status ({@code GET /api/v1/admin/analytics/follower}) and counted
 * in the gauge {@code samtale.analytics.follow.skipped}, which an alert can watch.
 */
@Component
class FollowSkips {

	private static final Logger log = LoggerFactory.getLogger(FollowSkips.class);

	/** One skipped message, newest first in {@link #latest}. */
	record Skip(long messageId, Instant skippedAt, String failure) {
	}

	private final JdbcClient jdbc;

	FollowSkips(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		Gauge.builder("samtale.analytics.follow.skipped", this, FollowSkips::count)
			.description("Inbox messages analytics passed without counting because counting them kept failing")
			.register(meters);
	}

	/** Records that the message was passed, in the transaction that moves the cursor past it. */
	void record(String feed, long messageId, String failure) {
		String kind = failure.length() > 200 ? failure.substring(0, 200) : failure;
		jdbc.sql("""
				insert into analytics_follow_skip (feed, message_id, skipped_at, failure)
				values (:feed, :id, :now, :failure)
				""").param("feed", feed).param("id", messageId).param("now", Timestamp.from(Instant.now()))
			.param("failure", kind).update();
		log.warn("Analytics could not count inbox message {} ({}); passed it without counting", messageId, kind);
	}

	long count() {
		return jdbc.sql("select count(*) from analytics_follow_skip").query(Long.class).single();
	}

	List<Skip> latest(int max) {
		return jdbc.sql("""
				select message_id, skipped_at, failure from analytics_follow_skip
				order by skipped_at desc, message_id desc limit :max
				""").param("max", max)
			.query((rs, n) -> new Skip(rs.getLong("message_id"), rs.getTimestamp("skipped_at").toInstant(),
					rs.getString("failure")))
			.list();
	}

}
