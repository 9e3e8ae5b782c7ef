package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import no.samtale.support.IntegrationTest;

/**
 * The queue's two updates of a batch of deliveries find each row through the primary key, whatever PostgreSQL's
 * statistics say. Their plan is the generic one a pooled prepared statement keeps. Written as a semi-join with a
 * values list, the same update was planned as a loop over every waiting delivery, each compared with all the
 * batch's ids: 0.7 s for 500 ids among 3,600 waiting deliveries in a burst (docs/benchmarks.md, "Two updates of
 * every delivery"). PostgreSQL only: H2 has no plan cache of that kind.
 */
class MetaDeliveryQueuePlanIntegrationTests extends IntegrationTest {

	private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void claimingABatchProbesThePrimaryKey() {
		assertThat(genericPlan(MetaDeliveries.MARK_CLAIMED)).contains("Index Cond: (id = ANY (")
			.doesNotContain("Join Filter");
	}

	@Test
	void recordingABatchAsProcessedProbesThePrimaryKey() {
		assertThat(genericPlan(MetaDeliveries.MARK_PROCESSED)).contains("Index Cond: (id = ANY (")
			.doesNotContain("Join Filter");
	}

	/** The statement's plan as a prepared statement's generic plan, with its named parameters as $1, $2, … */
	private String genericPlan(String namedSql) {
		List<String> names = new ArrayList<>();
		Matcher named = NAMED.matcher(namedSql);
		StringBuilder positional = new StringBuilder();
		while (named.find()) {
			if (!names.contains(named.group(1))) {
				names.add(named.group(1));
			}
			named.appendReplacement(positional, "\\$" + (names.indexOf(named.group(1)) + 1));
		}
		named.appendTail(positional);
		return jdbc.execute((ConnectionCallback<String>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set plan_cache_mode = force_generic_plan");
				// The test database's queue is a page or two, which a scan reads faster; a busy queue is not.
				statement.execute("set enable_seqscan = off");
				statement.execute("prepare queue_update as " + positional);
				String unknowns = String.join(", ", names.stream().map(name -> "null").toList());
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = statement.executeQuery("explain execute queue_update(" + unknowns + ")")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				finally {
					statement.execute("deallocate queue_update");
					statement.execute("reset plan_cache_mode");
					statement.execute("reset enable_seqscan");
				}
				return plan.toString();
			}
		});
	}

}
