package no.samtale.channels.internal.webchat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.ChatWaits;

/**
 * What a citizen should expect before an advisor answers: the median of how long the last chats actually waited,
 * and how many are waiting now. No estimate rather than a made-up one when there are too few chats to go by.
 */
@Component
class WaitEstimate implements ChatWaits {

	private static final int SAMPLE = 50;

	private static final int FEWEST_TO_ESTIMATE = 5;

	private final JdbcClient jdbc;

	WaitEstimate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Estimate(Integer expectedWaitMinutes, long queueLength) {
	}

	Estimate now(long accountId) {
		Instant now = Instant.now();
		long queue = jdbc.sql("""
				select count(*) from channels_chat_session
				where account_id = :account and first_answer_at is null and ended_at is null and last_seen_at > :idleSince
				    and exists (select 1 from channels_chat_message m where m.session_id = channels_chat_session.id)
				""")
			.param("account", accountId)
			.param("idleSince", Timestamp.from(now.minus(ChatSessions.IDLE_LIMIT)))
			.query(Long.class)
			.single();
		List<Duration> waits = jdbc.sql("""
				select started_at, first_answer_at from channels_chat_session
				where account_id = :account and first_answer_at is not null and started_at > :since
				order by started_at desc
				fetch first %d rows only
				""".formatted(SAMPLE))
			.param("account", accountId)
			.param("since", Timestamp.from(now.minus(Duration.ofDays(14))))
			.query((rs, n) -> Duration.between(rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("first_answer_at").toInstant()))
			.list();
		return new Estimate(median(waits), queue);
	}

	@Override
	public Optional<Integer> expectedWaitMinutes(long accountId) {
		return Optional.ofNullable(now(accountId).expectedWaitMinutes());
	}

	static Integer median(List<Duration> waits) {
		if (waits.size() < FEWEST_TO_ESTIMATE) {
			return null;
		}
		List<Duration> sorted = waits.stream().sorted().toList();
		Duration middle = sorted.get(sorted.size() / 2);
		return (int) Math.max(1, Math.round(middle.toSeconds() / 60.0));
	}

}
