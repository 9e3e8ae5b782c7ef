package no.samtale.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAttemptFailed;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.OutboundFailed;
import no.samtale.channels.OutboundSent;
import no.samtale.channels.OutboxEntry.State;
import no.samtale.channels.internal.OutboxAttempts.Claimed;
import no.samtale.channels.internal.OutboxAttempts.TooEarly;

/**
 * Delivers one outbox entry through its account's connector. The attempt is marked in flight in its own commit
 * before the platform is called, and the outcome in another after. An attempt whose outcome is unknown (the process
 * died between the two commits, or the call got no answer) is never simply repeated: the next attempt first asks
 * the platform whether the earlier one got through ({@link ChannelConnector#earlierDelivery}), and delivers only if
 * it did not. A process that died is noticed within seconds (db-scheduler's heartbeats), by another node or by
 * itself when it restarts.
 */
@Component
class OutboxWorker {

	static final int MAX_ATTEMPTS = OutboxStates.MAX_ATTEMPTS;

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);

	private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final OutboxAttempts attempts;

	private final Accounts accounts;

	private final Connectors connectors;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final ObjectProvider<SchedulerClient> scheduler;

	OutboxWorker(OutboxAttempts attempts, Accounts accounts, Connectors connectors, ApplicationEventPublisher events,
			TransactionTemplate transaction, ObjectProvider<SchedulerClient> scheduler) {
		this.attempts = attempts;
		this.accounts = accounts;
		this.connectors = connectors;
		this.events = events;
		this.transaction = transaction;
		this.scheduler = scheduler;
	}

	void deliver(long outboxId) {
		OutboxAttempts.Claim claim = transaction.execute(status -> attempts.claim(outboxId, Instant.now()));
		if (claim instanceof TooEarly wait) {
			scheduler.getObject().scheduleIfNotExists(OutboxDeliveryTask.resumed(outboxId, wait.attempts()), wait.after());
		}
		else if (claim instanceof Claimed claimed) {
			attempt(claimed);
		}
	}

	private void attempt(Claimed claimed) {
		OutboundDelivery delivery = claimed.delivery();
		boolean unknown = claimed.outcomeUnknown();
		try {
			ChannelConnector connector = connectorOf(delivery);
			if (unknown) {
				Optional<String> earlier = connector.earlierDelivery(delivery, claimed.createdAt());
				if (earlier.isPresent()) {
					log.info("Outbox entry {} had reached the platform in an interrupted attempt; not sent again",
							delivery.outboxId());
					transaction.executeWithoutResult(status -> sent(delivery, earlier.get()));
					return;
				}
				unknown = false;
			}
			String externalId = connector.deliver(delivery);
			transaction.executeWithoutResult(status -> sent(delivery, externalId));
		}
		catch (DeliveryFailure failure) {
			boolean stillUnknown = unknown || failure.outcomeUnknown();
			transaction.executeWithoutResult(status -> failed(delivery, claimed.attempts(), failure, stillUnknown));
		}
		catch (RuntimeException e) {
			// A connector bug or an unreachable platform: treat as transient, the backoff gives it time.
			log.warn("Delivery of outbox entry {} failed unexpectedly: {}", delivery.outboxId(), e.getClass().getName());
			boolean stillUnknown = unknown;
			transaction.executeWithoutResult(status -> failed(delivery, claimed.attempts(),
					DeliveryFailure.transientFailure("Unexpected error: " + e.getClass().getSimpleName()), stillUnknown));
		}
	}

	private ChannelConnector connectorOf(OutboundDelivery delivery) throws DeliveryFailure {
		if (delivery.account().state() != AccountState.ACTIVE) {
			throw DeliveryFailure.permanent("The account is " + delivery.account().state() + "; reconnect it first");
		}
		ChannelConnector connector = connectors.of(delivery.account().connector());
		if (connector == null) {
			throw DeliveryFailure.permanent("No connector is installed for " + delivery.account().connector());
		}
		return connector;
	}

	private void sent(OutboundDelivery delivery, String externalId) {
		Instant now = Instant.now();
		if (attempts.sent(delivery.outboxId(), externalId, now)) {
			events.publishEvent(new OutboundSent(delivery.outboxId(), delivery.idempotencyKey(), externalId,
					delivery.account().id(), delivery.action(), now));
		}
	}

	private void failed(OutboundDelivery delivery, int attempt, DeliveryFailure failure, boolean outcomeUnknown) {
		String error = describe(failure);
		if (failure.credentialsRejected()) {
			accounts.markReconnectNeeded(delivery.account().id());
		}
		State next = OutboxStates.afterAFailure(failure.permanent(), attempt);
		if (next == State.FAILED) {
			if (attempts.failed(delivery.outboxId(), State.FAILED, failure.reason(), error, null, outcomeUnknown)) {
				events.publishEvent(new OutboundFailed(delivery.outboxId(), delivery.idempotencyKey(), error));
			}
			return;
		}
		Instant at = Instant.now().plus(backoff(attempt, failure.retryAfter()));
		if (attempts.failed(delivery.outboxId(), State.PENDING, failure.reason(), error, at, outcomeUnknown)) {
			scheduler.getObject().scheduleIfNotExists(OutboxDeliveryTask.instance(delivery.outboxId(), attempt), at);
			events.publishEvent(
					new OutboundAttemptFailed(delivery.outboxId(), delivery.idempotencyKey(), error, attempt));
		}
	}

	/** Doubles from five seconds up to half an hour, and never sooner than the platform asked. */
	static Duration backoff(int attempts, Duration retryAfter) {
		Duration doubled = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
		Duration capped = doubled.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : doubled;
		return retryAfter != null && retryAfter.compareTo(capped) > 0 ? retryAfter : capped;
	}

	private static String describe(DeliveryFailure failure) {
		String message = failure.getMessage() == null ? "Delivery failed" : failure.getMessage();
		String withTrace = failure.trace() == null ? message : message + " (trace " + failure.trace() + ")";
		return withTrace.length() > 1000 ? withTrace.substring(0, 1000) : withTrace;
	}

}
