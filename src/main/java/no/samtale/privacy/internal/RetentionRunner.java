package no.samtale.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.privacy.RetentionTarget;

/**
 * Runs the retention policies against every module's {@link RetentionTarget}. A dry run counts; a real run removes.
 * Each target commits on its own, so one module's failure is reported and does not hold back the others.
 */
@Component
class RetentionRunner {

	private static final Logger log = LoggerFactory.getLogger(RetentionRunner.class);

	private final RetentionPolicies policies;

	private final List<RetentionTarget> targets;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RetentionRunner(RetentionPolicies policies, List<RetentionTarget> targets, JdbcClient jdbc, JsonMapper json) {
		this.policies = policies;
		this.targets = targets;
		this.jdbc = jdbc;
		this.json = json;
	}

	RetentionRun run(boolean dryRun, Long triggeredBy) {
		Instant now = Instant.now();
		List<RetentionRun.Line> lines = new ArrayList<>();
		for (RetentionPolicy policy : policies.all()) {
			if (policy.kept()) {
				continue;
			}
			Instant cutoff = policy.cutoff(now);
			for (RetentionTarget target : targets) {
				if (target.category() == policy.category()) {
					lines.add(apply(target, policy, cutoff, dryRun));
				}
			}
		}
		int records = lines.stream().mapToInt(RetentionRun.Line::records).sum();
		return save(new RetentionRun(null, now, dryRun, triggeredBy, records, lines));
	}

	private RetentionRun.Line apply(RetentionTarget target, RetentionPolicy policy, Instant cutoff, boolean dryRun) {
		try {
			int records = dryRun ? target.countExpired(cutoff) : target.expire(cutoff, policy.action());
			return new RetentionRun.Line(policy.category(), target.name(), cutoff, policy.action(), records, null);
		}
		catch (RuntimeException e) {
			// The exception's class only: a message from the database may quote the data it choked on.
			log.error("Retention of {} failed: {}", target.name(), e.getClass().getName());
			return new RetentionRun.Line(policy.category(), target.name(), cutoff, policy.action(), 0,
					e.getClass().getSimpleName());
		}
	}

	private RetentionRun save(RetentionRun run) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into privacy_retention_run (started_at, dry_run, triggered_by, records, report)
				values (:at, :dry, :by, :records, :report)
				""")
			.param("at", Timestamp.from(run.startedAt()))
			.param("dry", run.dryRun())
			.param("by", run.triggeredBy(), java.sql.Types.BIGINT)
			.param("records", run.records())
			.param("report", json.writeValueAsString(run.lines()))
			.update(key, "id");
		return new RetentionRun(key.getKey().longValue(), run.startedAt(), run.dryRun(), run.triggeredBy(),
				run.records(), run.lines());
	}

	List<RetentionRun> recent(int limit) {
		return jdbc.sql("select * from privacy_retention_run order by started_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((row, n) -> new RetentionRun(row.getLong("id"), row.getTimestamp("started_at").toInstant(),
					row.getBoolean("dry_run"), (Long) row.getObject("triggered_by", Long.class), row.getInt("records"),
					List.of(json.readValue(row.getString("report"), RetentionRun.Line[].class))))
			.list();
	}

}
