package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Accounts;

/**
 * One row per delivered reply, from which a team's service figures are computed: exact percentiles over a range need
 * the single times, and a team's year is at most some tens of thousands of rows on an index by team and day.
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

	ReplyFacts(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
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
	}

	Service of(long teamId, LocalDate from, LocalDate to) {
		var counts = jdbc.sql("""
				select count(*) as replies, count(distinct author_id) as advisors,
				    count(within_target) as measured,
				    sum(case when within_target then 1 else 0 end) as within_target
				from analytics_reply_fact where team_id = :team and metric_day between :from and :to
				""")
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new int[] { rs.getInt("replies"), rs.getInt("advisors"), rs.getInt("measured"),
					rs.getInt("within_target") })
			.single();
		List<Long> first = sorted("first_response_seconds", teamId, from, to);
		List<Long> approval = sorted("approval_wait_seconds", teamId, from, to);
		return new Service(counts[0], counts[1], Percentiles.nearestRank(first, 50), Percentiles.nearestRank(first, 90),
				Percentiles.nearestRank(approval, 50), Percentiles.nearestRank(approval, 90), counts[2], counts[3]);
	}

	private List<Long> sorted(String column, long teamId, LocalDate from, LocalDate to) {
		return new ArrayList<>(jdbc.sql("select " + column + " from analytics_reply_fact where team_id = :team"
				+ " and metric_day between :from and :to and " + column + " is not null order by " + column)
			.param("team", teamId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.list());
	}

}
