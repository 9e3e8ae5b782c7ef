package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.samtale.channels.Accounts;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;

/**
 * The demo's history and the live counting meet at midnight: a start that crosses it has counted the earlier demos'
 * events on the day that is yesterday by the time the history is written, and the history ends yesterday. Before,
 * the history's insert of that day failed and with it the start (seen on PostgreSQL at 00:00:02 Oslo time).
 */
@AlsoOnTheEmbeddedDatabase
class HistoryDaysIntegrationTests extends IntegrationTest {

	@Autowired
	DuplicateSafeInsert inserts;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDayTheListenersCountedBeforeTheHistoryIsKeptAsTheyCountedIt() {
		long account = accounts.all().get(0).id();
		// Days of 1901, which neither the demo's two years nor any other test writes.
		LocalDate counted = LocalDate.of(1901, 1, 1);
		LocalDate notCounted = counted.plusDays(1);
		jdbc.update("delete from analytics_account_day where account_id = ? and metric_day in (?, ?)", account,
				Date.valueOf(counted), Date.valueOf(notCounted));
		jdbc.update("insert into analytics_account_day (account_id, metric_day, comments) values (?, ?, 3)", account,
				Date.valueOf(counted));

		new HistoryDays(jdbc, inserts, "analytics_account_day", "account_id, metric_day", "reach, comments")
			.write(List.of(new Object[] { account, Date.valueOf(counted), 1000L, 40 },
					new Object[] { account, Date.valueOf(notCounted), 1000L, 50 }));

		assertThat(comments(account, counted)).isEqualTo(3);
		assertThat(comments(account, notCounted)).isEqualTo(50);
	}

	private int comments(long account, LocalDate day) {
		return jdbc.queryForObject("select comments from analytics_account_day where account_id = ? and metric_day = ?",
				Integer.class, account, Date.valueOf(day));
	}

}
