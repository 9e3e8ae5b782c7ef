package no.samtale.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.OutboxEntry.State;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * Posts that the platform itself publishes at a chosen time (a Facebook page's scheduled posts). Scheduling goes
 * through the {@link Outbox} as a {@link OutboundAction#SCHEDULE}, so it is retried and never sent twice; the
 * platform holds the post from then on. For the publishing module to come, and for editors today.
 */
@Service
public class ScheduledPosts {

	/** Meta publishes a scheduled post no sooner than 10 minutes and no later than 30 days after the request. */
	public static final Duration EARLIEST = Duration.ofMinutes(10);

	public static final Duration LATEST = Duration.ofDays(30);

	public static final int MAX_MESSAGE = 8000;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Accounts accounts;

	ScheduledPosts(JdbcClient jdbc, Outbox outbox, Accounts accounts) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.accounts = accounts;
	}

	/** A scheduled post and where its delivery to the platform stands; {@code postId} once the platform has it. */
	public record ScheduledPost(long id, long accountId, String message, Instant publishAt, State state,
			String postId, String lastError, int attempts) {
	}

	/**
	 * Schedules a post; answers the outbox entry's id. The same idempotency key twice schedules once. A time
	 * outside the platform's window is refused here, naming {@code publishAt}, before anything is stored or sent.
	 */
	@Transactional
	public long schedule(long accountId, String message, Instant publishAt, String idempotencyKey) {
		if (message == null || message.isBlank()) {
			throw new InvalidInputException("message", "Must not be empty");
		}
		if (message.length() > MAX_MESSAGE) {
			throw new InvalidInputException("message", "At most " + MAX_MESSAGE + " characters");
		}
		checkWindow(publishAt, Instant.now());
		if (!accounts.capabilities(accounts.get(accountId)).contains(Capability.SCHEDULE)) {
			throw new RuleViolationException("cannot-schedule", null,
					"This account's platform does not take scheduled posts (Facebook pages do; Instagram does not)");
		}
		return outbox.enqueue(accountId, OutboundAction.SCHEDULE, null, message.strip(), idempotencyKey, publishAt);
	}

	/** The account's scheduled posts, soonest first. */
	public List<ScheduledPost> of(long accountId) {
		return jdbc.sql("""
				select * from channels_outbox where account_id = :account and action = 'SCHEDULE'
				order by publish_at, id
				""")
			.param("account", accountId)
			.query((rs, n) -> new ScheduledPost(rs.getLong("id"), rs.getLong("account_id"), rs.getString("body"),
					rs.getTimestamp("publish_at").toInstant(), State.valueOf(rs.getString("state")),
					rs.getString("external_result_id"), rs.getString("last_error"), rs.getInt("attempts")))
			.list();
	}

	/** Meta refuses a time outside its window with error 100; saying so at once names the field. */
	static void checkWindow(Instant publishAt, Instant now) {
		if (publishAt == null) {
			throw new InvalidInputException("publishAt", "Must be given");
		}
		if (publishAt.isBefore(now.plus(EARLIEST))) {
			throw new InvalidInputException("publishAt", "Must be at least 10 minutes from now");
		}
		if (publishAt.isAfter(now.plus(LATEST))) {
			throw new InvalidInputException("publishAt", "Must be at most 30 days from now");
		}
	}

}
