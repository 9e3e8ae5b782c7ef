package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;

/**
 * On PostgreSQL (this class does not run on H2), a table that changed is analysed and its dead rows vacuumed within
 * seconds when autovacuum is off, as on the project's CI machines; with autovacuum on, the node leaves it to
 * PostgreSQL.
 */
class PlannerStatisticsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlannerStatistics statistics;

	@Test
	void aChangedTableIsAnalysedAndVacuumedWhileAutovacuumIsOff() {
		boolean autovacuumOff = "off".equals(jdbc.sql("show autovacuum").query(String.class).single());
		assertThat(statistics.active()).isEqualTo(autovacuumOff);
		if (!autovacuumOff) {
			return;
		}
		jdbc.sql("create table planner_statistics_probe (id int primary key, note text)").update();
		try {
			jdbc.sql("insert into planner_statistics_probe select n, 'first' from generate_series(1, 2000) n").update();
			jdbc.sql("update planner_statistics_probe set note = 'second'").update();

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				var table = jdbc.sql("""
						select last_analyze is not null as analysed, last_vacuum is not null as vacuumed
						from pg_stat_user_tables where relname = 'planner_statistics_probe'
						""").query().singleRow();
				assertThat(table).containsEntry("analysed", true).containsEntry("vacuumed", true);
			});
			assertThat(jdbc.sql("select reltuples from pg_class where relname = 'planner_statistics_probe'")
				.query(Double.class)
				.single()).as("the planner now knows the table's size").isEqualTo(2000.0);
		}
		finally {
			jdbc.sql("drop table planner_statistics_probe").update();
		}
	}

}
