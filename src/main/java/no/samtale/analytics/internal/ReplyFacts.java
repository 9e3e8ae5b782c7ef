package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Accounts;

/**
 * One row per delivered reply, from which a team's service figures are computed: exact percentiles over a range need
 * the single times; they are read on an index by team and day.
 */
@Component
class ReplyFacts {

	record Fact(long replyId, long teamId, long accountId, long authorId, LocalDate day, Instant sentAt,
			Long firstResponseSeconds, Long approvalWaitSeconds) {
	}

	/** A team's service over a range; times in seconds, null when nothing was measured. */
	record Service(int replies, int advisors, Long firstResponseP50, Long firstResponseP90, Long approvalWaitP50,
			Long approvalWaitP90, int measured, int withinTarget) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final FactsVersion version;

	ReplyFacts(JdbcClient jdbc, Accounts accounts, FactsVersion version) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.version = version;
	}

	void add(Fact fact) {
		Boolean within = null;
		if (fact.firstResponseSeconds() != null) {
			int target = accounts.find(fact.accountId()).map(a -> a.responseTargetMinutes()).orElse(0);
			within = target > 0 ? fact.firstResponseSeconds() <= target * 60L : null;
		}
		jdbc.sql("""
				insert into analytics_reply_fact (reply_id, team_id, account_id, author_id, metric_day, sent_at,
				    first_response_seconds, approval_wait_seconds, within_target)
				values (:reply, :team, :account, :author, :day, :sentAt, :first, :approval, :within)
				""")
			.param("reply", fact.replyId())
			.param("team", fact.teamId())
			.param("account", fact.accountId())
			.param("author", fact.authorId())
			.param("day", Date.valueOf(fact.day()))
			.param("sentAt", Timestamp.from(fact.sentAt()))
			.param("first", fact.firstResponseSeconds(), Types.BIGINT)
			.param("approval", fact.approvalWaitSeconds(), Types.BIGINT)
			.param("within", within, Types.BOOLEAN)
			.update();
		version.changed();
	}

	/**
	 * Percentiles by the database's {@code percentile_disc} (PostgreSQL and H2 both have it): the nearest-rank value,
	 * always a measured time, computed where the rows are, so a year of a busy team's replies is not carried over the
	 * wire.
	 */
	Service of(long teamId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) as replies, count(distinct author_id) as advisors,
				    count(within_target) as measured,
				    coalesce(sum(case when within_target then 1 else 0 end), 0) as within_target,
				    percentile_disc(0.5) within group (order by first_response_seconds) as first_p50,
				    percentile_disc(0.9) within group (order by first_response_seconds) as first_p90,
				    percentile_disc(0.5) within group (order by approval_wait_seconds) as approval_p50,
				    percentile_disc(0.9) within group (order by approval_wait_seconds) as approval_p90
				from analytics_reply_fact where team_id = :team and metric_day between :from and :to
				""")
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Service(rs.getInt("replies"), rs.getInt("advisors"), seconds(rs, "first_p50"),
					seconds(rs, "first_p90"), seconds(rs, "approval_p50"), seconds(rs, "approval_p90"),
					rs.getInt("measured"), rs.getInt("within_target")))
			.single();
	}

	/** One channel's (account's) replies and how long the people writing in waited for the first answer. */
	record ChannelWait(long accountId, int replies, Long waitP50Seconds, Long waitP90Seconds) {
	}

	/**
	 * The first-response times per account of the team: for the web chat, the time a citizen waited for an
	 * advisor's first answer.
	 */
	java.util.List<ChannelWait> byAccount(long teamId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select account_id, count(*) as replies,
				    percentile_disc(0.5) within group (order by first_response_seconds) as p50,
				    percentile_disc(0.9) within group (order by first_response_seconds) as p90
				from analytics_reply_fact where team_id = :team and metric_day between :from and :to
				group by account_id order by account_id
				""")
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new ChannelWait(rs.getLong("account_id"), rs.getInt("replies"), seconds(rs, "p50"),
					seconds(rs, "p90")))
			.list();
	}

	private static Long seconds(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
