package no.samtale.channels.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundAttemptFailed;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.OutboundFailed;
import no.samtale.channels.OutboundSent;

/**
 * Delivers one outbox entry through its account's connector. The entry is marked in flight in its own commit
 * before the platform is called, and sent in another after; a crash in between leaves it in flight, and the next
 * attempt calls the connector again with the same idempotency key, which connectors use not to deliver twice.
 */
@Component
class OutboxWorker {

	static final int MAX_ATTEMPTS = 8;

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);

	private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Connectors connectors;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final ObjectProvider<SchedulerClient> scheduler;

	OutboxWorker(JdbcClient jdbc, Accounts accounts, Connectors connectors, ApplicationEventPublisher events,
			TransactionTemplate transaction, ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.connectors = connectors;
		this.events = events;
		this.transaction = transaction;
		this.scheduler = scheduler;
	}

	private record Claimed(OutboundDelivery delivery, int attempts) {
	}

	void deliver(long outboxId) {
		Claimed claimed = transaction.execute(status -> claim(outboxId));
		if (claimed == null) {
			return;
		}
		OutboundDelivery delivery = claimed.delivery();
		try {
			if (delivery.account().state() != AccountState.ACTIVE) {
				throw DeliveryFailure.permanent("The account is " + delivery.account().state() + "; reconnect it first");
			}
			ChannelConnector connector = connectors.of(delivery.account().connector());
			if (connector == null) {
				throw DeliveryFailure.permanent("No connector is installed for " + delivery.account().connector());
			}
			String externalId = connector.deliver(delivery);
			transaction.executeWithoutResult(status -> sent(delivery, externalId));
		}
		catch (DeliveryFailure failure) {
			transaction.executeWithoutResult(status -> failed(delivery, claimed.attempts(), failure));
		}
		catch (RuntimeException e) {
			// A connector bug or an unreachable platform: treat as transient, the backoff gives it time.
			log.warn("Delivery of outbox entry {} failed unexpectedly: {}", outboxId, e.getClass().getName());
			transaction.executeWithoutResult(status -> failed(delivery, claimed.attempts(),
					DeliveryFailure.transientFailure("Unexpected error: " + e.getClass().getSimpleName())));
		}
	}

	private record Pending(long accountId, String state, int attempts, OutboundAction action, String target,
			String body, String idempotencyKey, Instant publishAt) {
	}

	private Claimed claim(long outboxId) {
		Pending pending = jdbc.sql("select * from channels_outbox where id = :id for update")
			.param("id", outboxId)
			.query((rs, n) -> new Pending(rs.getLong("account_id"), rs.getString("state"), rs.getInt("attempts"),
					OutboundAction.valueOf(rs.getString("action")), rs.getString("target_external_id"),
					rs.getString("body"), rs.getString("idempotency_key"),
					rs.getTimestamp("publish_at") == null ? null : rs.getTimestamp("publish_at").toInstant()))
			.optional()
			.orElse(null);
		if (pending == null || "SENT".equals(pending.state()) || "FAILED".equals(pending.state())) {
			return null;
		}
		int attempts = pending.attempts() + 1;
		jdbc.sql("update channels_outbox set state = 'IN_FLIGHT', attempts = :attempts where id = :id")
			.param("attempts", attempts)
			.param("id", outboxId)
			.update();
		Account account = accounts.get(pending.accountId());
		return new Claimed(new OutboundDelivery(outboxId, account, pending.action(), pending.target(), pending.body(),
				pending.idempotencyKey(), pending.publishAt()), attempts);
	}

	private void sent(OutboundDelivery delivery, String externalId) {
		jdbc.sql("""
				update channels_outbox set state = 'SENT', sent_at = :now, external_result_id = :externalId,
				    last_error = null, next_attempt_at = null
				where id = :id
				""")
			.param("now", Timestamp.from(Instant.now()))
			.param("externalId", externalId)
			.param("id", delivery.outboxId())
			.update();
		events.publishEvent(new OutboundSent(delivery.outboxId(), delivery.idempotencyKey(), externalId));
	}

	private void failed(OutboundDelivery delivery, int attempts, DeliveryFailure failure) {
		String error = describe(failure);
		if (failure.credentialsRejected()) {
			accounts.markReconnectNeeded(delivery.account().id());
		}
		if (failure.permanent() || attempts >= MAX_ATTEMPTS) {
			update(delivery.outboxId(), "FAILED", error, null);
			events.publishEvent(new OutboundFailed(delivery.outboxId(), delivery.idempotencyKey(), error));
			return;
		}
		Instant next = Instant.now().plus(backoff(attempts, failure.retryAfter()));
		update(delivery.outboxId(), "PENDING", error, next);
		scheduler.getObject().scheduleIfNotExists(OutboxDeliveryTask.instance(delivery.outboxId(), attempts), next);
		events.publishEvent(new OutboundAttemptFailed(delivery.outboxId(), delivery.idempotencyKey(), error, attempts));
	}

	/** Doubles from five seconds up to half an hour, and never sooner than the platform asked. */
	static Duration backoff(int attempts, Duration retryAfter) {
		Duration doubled = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
		Duration capped = doubled.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : doubled;
		return retryAfter != null && retryAfter.compareTo(capped) > 0 ? retryAfter : capped;
	}

	private void update(long outboxId, String state, String error, Instant next) {
		jdbc.sql("update channels_outbox set state = :state, last_error = :error, next_attempt_at = :next where id = :id")
			.param("state", state)
			.param("error", error)
			.param("next", next == null ? null : Timestamp.from(next))
			.param("id", outboxId)
			.update();
	}

	private static String describe(DeliveryFailure failure) {
		String message = failure.getMessage() == null ? "Delivery failed" : failure.getMessage();
		String withTrace = failure.trace() == null ? message : message + " (trace " + failure.trace() + ")";
		return withTrace.length() > 1000 ? withTrace.substring(0, 1000) : withTrace;
	}

}
