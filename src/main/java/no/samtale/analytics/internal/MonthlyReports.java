package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.analytics.TextPdf;
import no.samtale.channels.Accounts;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * Each team's monthly report as a PDF ({@link TextPdf}), made by a db-scheduler recurring task for the month just
 * ended and kept: the same service figures as the page for that month, and the wait per channel. A report once made
 * is not made again, so it says what the figures were when the month closed. The task looks every minute (one
 * indexed lookup per team), so a new team or a restart at the turn of the month gets its report within a minute.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReports {

	static final String TASK = "analytics-monthly-reports";

	record Kept(YearMonth month, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	MonthlyReports(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	@Bean
	RecurringTask<Void> analyticsMonthlyReports(Teams teams, ReplyFacts replies, ConversationFacts conversations,
			Accounts accounts) {
		return Tasks.recurring(TASK, FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> {
			for (Team team : teams.all()) {
				ensureLastMonth(team, replies, conversations, accounts);
			}
		});
	}

	/** Makes and keeps the team's report for the month just ended unless it is there already. */
	void ensureLastMonth(Team team, ReplyFacts replies, ConversationFacts conversations, Accounts accounts) {
		YearMonth last = YearMonth.from(Oslo.today()).minusMonths(1);
		if (find(team.id(), last).isEmpty()) {
			keep(team.id(), last, render(team, last, replies, conversations, accounts));
		}
	}

	List<Kept> of(long teamId) {
		return jdbc.sql("""
				select report_month, created_at from analytics_monthly_report where team_id = :team
				order by report_month desc
				""")
			.param("team", teamId)
			.query((rs, n) -> new Kept(YearMonth.from(rs.getDate("report_month").toLocalDate()),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	Optional<byte[]> find(long teamId, YearMonth month) {
		return jdbc.sql("select body from analytics_monthly_report where team_id = :team and report_month = :month")
			.param("team", teamId)
			.param("month", Date.valueOf(month.atDay(1)))
			.query(byte[].class)
			.optional();
	}

	private void keep(long teamId, YearMonth month, byte[] pdf) {
		inserts.insert("""
				insert into analytics_monthly_report (team_id, report_month, body, created_at)
				values (:team, :month, :body, :now)
				""", "team_id, report_month", sql -> jdbc.sql(sql)
			.param("team", teamId)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("body", pdf)
			.param("now", Timestamp.from(Instant.now()))
			.update());
	}

	static byte[] render(Team team, YearMonth month, ReplyFacts replies, ConversationFacts conversations,
			Accounts accounts) {
		ReplyFacts.Service s = replies.of(team.id(), month.atDay(1), month.atEndOfMonth());
		ConversationFacts.Closing c = conversations.of(team.id(), month.atDay(1), month.atEndOfMonth());
		List<String> lines = new ArrayList<>();
		lines.add("Svar sendt: " + s.replies() + ", av " + s.advisors() + " veiledere");
		lines.add("Første svar, median: " + minutes(s.firstResponseP50()) + ", 90 %: " + minutes(s.firstResponseP90()));
		lines.add("Venting på godkjenning, median: " + minutes(s.approvalWaitP50()) + ", 90 %: "
				+ minutes(s.approvalWaitP90()));
		lines.add("Svart innen fristen: " + (s.measured() == 0 ? "-"
				: Math.round(100.0 * s.withinTarget() / s.measured()) + " % av " + s.measured()));
		lines.add("Samtaler lukket: " + c.closed() + ", tid til lukket, median: " + minutes(c.p50Seconds()));
		lines.add("");
		lines.add("Ventetid per kanal (tid til første svar):");
		for (ReplyFacts.ChannelWait w : replies.byAccount(team.id(), month.atDay(1), month.atEndOfMonth())) {
			String name = accounts.find(w.accountId()).map(a -> a.name() + " (" + a.platform() + ")").orElse("?");
			lines.add("  " + name + ": " + w.replies() + " svar, median " + minutes(w.waitP50Seconds()) + ", 90 %: "
					+ minutes(w.waitP90Seconds()));
		}
		return TextPdf.of("Månedsrapport " + month + ": " + team.name(), lines);
	}

	private static String minutes(Long seconds) {
		return seconds == null ? "-" : Math.round(seconds / 60.0) + " min";
	}

}
