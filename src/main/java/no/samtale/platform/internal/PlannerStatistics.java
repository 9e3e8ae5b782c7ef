package no.samtale.platform.internal;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Keeps PostgreSQL's planner statistics fresh when autovacuum, which normally does it, is off (as on the project's
 * CI machines, and on databases tuned for bulk loading). Without statistics the planner takes every table to be as
 * small as it was when first planned, and the plans it caches for the pool's prepared statements are never made
 * again: a feed read planned at start-up as a hash join over two near-empty tables took a second per call once they
 * held 60,000 rows, and cost PostgreSQL more CPU than the webhook's whole intake (docs/benchmarks.md, "Meta webhook
 * processing"). Every ten seconds the tables changed by more than autovacuum's own thresholds are analysed (50 rows
 * and a tenth of the table), which also makes the cached plans that use them be planned again, or vacuumed and
 * analysed (50 dead rows and a fifth: the webhook's queue leaves two dead versions of every delivery, and each claim
 * stepped over all of them). With autovacuum on it does nothing, and it never runs on H2.
 */
@Component
class PlannerStatistics extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	/** At most this many tables a round, the most changed first. */
	private static final int TABLES_PER_ROUND = 5;

	private final JdbcClient jdbc;

	private final boolean postgresql;

	private volatile Boolean autovacuumOff;

	PlannerStatistics(JdbcClient jdbc, DuplicateSafeInsert dialect) {
		super("planner-statistics", Duration.ofSeconds(10), Duration.ofSeconds(5), SmartLifecycle.DEFAULT_PHASE);
		this.jdbc = jdbc;
		this.postgresql = dialect.postgresql();
	}

	/** Whether this node stands in for autovacuum: PostgreSQL with autovacuum off. */
	boolean active() {
		return postgresql && autovacuumOff();
	}

	@Override
	protected boolean runOnce() {
		if (!active()) {
			return false;
		}
		List<Stale> stale = jdbc.sql("""
				select relname, n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0) as vacuum from pg_stat_user_tables
				where schemaname = current_schema() and (n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
				    or n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0))
				order by n_mod_since_analyze + n_dead_tup desc limit :max
				""")
			.param("max", TABLES_PER_ROUND)
			.query((rs, n) -> new Stale(rs.getString("relname"), rs.getBoolean("vacuum")))
			.list();
		for (Stale table : stale) {
			String name = "\"" + table.name().replace("\"", "\"\"") + "\"";
			// Outside a transaction (the client's autocommit), as VACUUM must be.
			jdbc.sql(table.vacuum() ? "vacuum (analyze) " + name : "analyze " + name).update();
		}
		return false;
	}

	private record Stale(String name, boolean vacuum) {
	}

	private boolean autovacuumOff() {
		if (autovacuumOff == null) {
			autovacuumOff = "off".equals(jdbc.sql("show autovacuum").query(String.class).single());
			if (autovacuumOff) {
				log.warn("PostgreSQL's autovacuum is off: Samtale vacuums and analyses its own tables every 10 s "
						+ "instead. Turn autovacuum on in production.");
			}
		}
		return autovacuumOff;
	}

}
