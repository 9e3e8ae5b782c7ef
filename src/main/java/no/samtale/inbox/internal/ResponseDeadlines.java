package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.inbox.ResponseDueSoon;

/**
 * Finds the conversations about to pass their account's response target and says so once per waiting period
 * ({@link ResponseDueSoon}); the mark on the row ({@code due_warned_for}) is written with a guard, so a second run, or
 * a second node, warns no one twice.
 */
@Component
class ResponseDeadlines {

	/** The check runs this often; the warning comes at least this long before the target. */
	static final Duration CHECK_EVERY = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	ResponseDeadlines(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * A quarter of the response target before it is passed, but never less than two checks apart (so none is
	 * missed) nor more than an hour.
	 */
	static Duration warnAQuarterOfTheTargetAhead(int responseTargetMinutes) {
		Duration quarter = Duration.ofMinutes(responseTargetMinutes).dividedBy(4);
		Duration least = CHECK_EVERY.multipliedBy(2);
		Duration most = Duration.ofHours(1);
		return quarter.compareTo(least) < 0 ? least : quarter.compareTo(most) > 0 ? most : quarter;
	}

	/** Warns of every waiting conversation whose target falls within its warning time from {@code now}. */
	@Transactional
	int warn(Instant now) {
		int warned = 0;
		for (Account account : accounts.all()) {
			Duration target = Duration.ofMinutes(account.responseTargetMinutes());
			Instant warnFrom = now.minus(target).plus(warnAQuarterOfTheTargetAhead(account.responseTargetMinutes()));
			List<Due> due = jdbc.sql("""
					select id, team_id, assignee_id, waiting_since from inbox_conversation
					where account_id = :account and status in ('NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL')
					  and waiting_since <= :warnFrom and waiting_since > :missedBefore
					  and (due_warned_for is null or due_warned_for <> waiting_since)
					""")
				.param("account", account.id())
				.param("warnFrom", Timestamp.from(warnFrom))
				.param("missedBefore", Timestamp.from(now.minus(target)))
				.query((rs, n) -> {
					long assignee = rs.getLong("assignee_id");
					return new Due(rs.getLong("id"), rs.getLong("team_id"), rs.wasNull() ? null : assignee,
							rs.getTimestamp("waiting_since").toInstant());
				})
				.list();
			for (Due conversation : due) {
				int marked = jdbc.sql("""
						update inbox_conversation set due_warned_for = waiting_since
						where id = :id and waiting_since = :since
						  and (due_warned_for is null or due_warned_for <> waiting_since)
						""").param("id", conversation.id()).param("since", Timestamp.from(conversation.waitingSince()))
					.update();
				if (marked == 1) {
					events.publishEvent(new ResponseDueSoon(conversation.id(), conversation.teamId(),
							conversation.assigneeId(), conversation.waitingSince(),
							conversation.waitingSince().plus(target)));
					warned++;
				}
			}
		}
		return warned;
	}

	private record Due(long id, long teamId, Long assigneeId, Instant waitingSince) {
	}

}
