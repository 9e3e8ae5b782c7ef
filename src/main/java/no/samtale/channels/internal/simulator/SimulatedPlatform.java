package no.samtale.channels.internal.simulator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.internal.simulator.SimulatorSettings.FailureMode;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The simulator's own storage: its settings per account and what was sent to it. */
@Component
class SimulatedPlatform {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	SimulatedPlatform(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	record Sent(String action, String target, String body, Instant at) {
	}

	record Running(long accountId, SimulatorSettings settings) {
	}

	SimulatorSettings settings(long accountId) {
		return jdbc.sql("select * from channels_simulator where account_id = :account")
			.param("account", accountId)
			.query((rs, n) -> new SimulatorSettings(rs.getInt("rate_per_minute"), rs.getDouble("private_share"),
					FailureMode.valueOf(rs.getString("failure_mode"))))
			.optional()
			.orElse(SimulatorSettings.IDLE);
	}

	@Transactional
	void configure(long accountId, SimulatorSettings settings) {
		int updated = jdbc.sql("""
				update channels_simulator set rate_per_minute = :rate, private_share = :share, failure_mode = :mode
				where account_id = :account
				""")
			.param("rate", settings.ratePerMinute())
			.param("share", settings.privateShare())
			.param("mode", settings.failureMode().name())
			.param("account", accountId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into channels_simulator (account_id, rate_per_minute, private_share, failure_mode)
					values (:account, :rate, :share, :mode)
					""")
				.param("rate", settings.ratePerMinute())
				.param("share", settings.privateShare())
				.param("mode", settings.failureMode().name())
				.param("account", accountId)
				.update();
		}
	}

	List<Running> running() {
		return jdbc.sql("select * from channels_simulator where rate_per_minute > 0")
			.query((rs, n) -> new Running(rs.getLong("account_id"), new SimulatorSettings(rs.getInt("rate_per_minute"),
					rs.getDouble("private_share"), FailureMode.valueOf(rs.getString("failure_mode")))))
			.list();
	}

	long generated(long accountId) {
		return jdbc.sql("select generated from channels_simulator where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	void countGenerated(long accountId) {
		jdbc.sql("update channels_simulator set generated = generated + 1 where account_id = :account")
			.param("account", accountId)
			.update();
	}

	/** Records a delivery once per idempotency key, as a platform that deduplicates would. */
	@Transactional
	void record(OutboundDelivery delivery) {
		inserts.insert("""
				insert into channels_simulator_sent (account_id, idempotency_key, action, target, body, sent_at)
				values (:account, :key, :action, :target, :body, :now)
				""", "idempotency_key", sql -> jdbc.sql(sql)
			.param("account", delivery.account().id())
			.param("key", delivery.idempotencyKey())
			.param("action", delivery.action().name())
			.param("target", delivery.targetExternalId())
			.param("body", delivery.body())
			.param("now", Timestamp.from(Instant.now()))
			.update());
	}

	long sentCount(long accountId) {
		return jdbc.sql("select count(*) from channels_simulator_sent where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	PageResponse<Sent> sent(long accountId, PageQuery page) {
		List<Sent> items = jdbc.sql("""
				select * from channels_simulator_sent where account_id = :account order by id desc
				offset :offset rows fetch first :size rows only
				""")
			.param("account", accountId)
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> new Sent(rs.getString("action"), rs.getString("target"), rs.getString("body"),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
		return PageResponse.of(items, page, sentCount(accountId));
	}

}
