package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Intake;
import no.samtale.channels.internal.meta.CommentChanges.Change;
import no.samtale.channels.internal.meta.CommentChanges.Known;
import no.samtale.channels.internal.meta.MetaDeliveries.State;
import no.samtale.channels.internal.meta.MetaPayload.CommentEvent;
import no.samtale.channels.internal.meta.MetaPayload.Event;
import no.samtale.channels.internal.meta.MetaPayload.MessageEvent;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * Processes stored webhook deliveries, a claimed batch at a time: routes each entry to its account by page id, reads
 * it with {@link MetaPayload}, orders comment changes in the {@link CommentLedger}, and hands what is new to the
 * {@link Intake}, which stores each Meta id once. A batch is one transaction, and each delivery and each item in it a
 * savepoint, so one bad item is recorded as its delivery's error and the rest still arrive; a delivery that is not
 * JSON at all is kept with its error. A delivery whose items failed for a reason that may pass (the database, a race)
 * is tried again later, at most {@value #MAX_ATTEMPTS} times in all, then kept as FAILED with the error.
 */
@Component
class MetaDeliveryProcessor {

	private static final Logger log = LoggerFactory.getLogger(MetaDeliveryProcessor.class);

	/** How often a delivery is tried before it is kept as FAILED; every claim counts, a crash's included. */
	static final int MAX_ATTEMPTS = 5;

	private final MetaDeliveries deliveries;

	private final MetaPages pages;

	private final Intake intake;

	private final CommentLedger ledger;

	private final MetaSenders senders;

	private final JsonMapper json;

	private final NewCommentsInBulk newComments;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate ownTransaction;

	MetaDeliveryProcessor(MetaDeliveries deliveries, MetaPages pages, Intake intake, CommentLedger ledger,
			MetaSenders senders, JsonMapper json, NewCommentsInBulk newComments, PlatformTransactionManager transactions) {
		this.newComments = newComments;
		this.deliveries = deliveries;
		this.pages = pages;
		this.intake = intake;
		this.ledger = ledger;
		this.senders = senders;
		this.json = json;
		this.batchTransaction = new TransactionTemplate(transactions);
		// A savepoint inside the batch's transaction; a transaction of its own when there is none (backfill).
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * One commit for the whole batch: new comments, the bulk of any burst, are written together
	 * ({@link NewCommentsInBulk}); the rest one delivery at a time, each in a savepoint.
	 */
	void processAll(List<MetaDeliveries.Claimed> batch) {
		batchTransaction.executeWithoutResult(status -> newComments.take(batch).forEach(this::processOne));
	}

	private void processOne(MetaDeliveries.Claimed delivery) {
		if (delivery.attempts() > MAX_ATTEMPTS) {
			deliveries.finished(delivery.id(), State.FAILED, "Gave up after " + MAX_ATTEMPTS + " attempts"
					+ (delivery.error() == null ? "" : "; last: " + delivery.error()));
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> process(delivery));
		}
		catch (RuntimeException e) {
			log.warn("A Meta webhook delivery could not be processed: {}", e.getClass().getName());
			ItemErrors errors = new ItemErrors();
			errors.add(e);
			finish(delivery, errors);
		}
	}

	/** Records a delivery whose items failed: to be tried again later, or failed for good. */
	private void finish(MetaDeliveries.Claimed delivery, ItemErrors errors) {
		String error = String.join("; ", errors.messages);
		if (errors.worthRetrying && delivery.attempts() < MAX_ATTEMPTS) {
			deliveries.retryLater(delivery.id(), error, backoff(delivery.attempts()));
		}
		else {
			deliveries.finished(delivery.id(), State.FAILED, error);
		}
	}

	/** 5 s after the first attempt, doubling. */
	static Duration backoff(int attempts) {
		return Duration.ofSeconds(5L << Math.min(Math.max(attempts - 1, 0), 6));
	}

	private void process(MetaDeliveries.Claimed delivery) {
		JsonNode root;
		try {
			root = json.readTree(delivery.payload());
		}
		catch (JacksonException e) {
			// The message of a parse error quotes the payload; only where it broke is recorded.
			deliveries.finished(delivery.id(), State.FAILED, "Not JSON (" + e.getClass().getSimpleName() + " at "
					+ (e.getLocation() == null ? "?" : e.getLocation().offsetDescription()) + ")");
			return;
		}
		String object = WebhookText.storable(root.path("object").asString(""));
		if (!root.path("entry").isArray()) {
			deliveries.finished(delivery.id(), State.FAILED, "No entry list in a delivery for object '" + object + "'");
			return;
		}
		ItemErrors errors = new ItemErrors();
		int routed = 0;
		int unroutable = 0;
		for (JsonNode entry : root.path("entry")) {
			Optional<Long> account = pages.accountOfPage(WebhookText.storable(entry.path("id").asString("")));
			if (account.isEmpty()) {
				unroutable++;
				continue;
			}
			routed++;
			for (Event event : MetaPayload.ofEntry(object, entry, Instant.now())) {
				apply(errors, account.get(), event);
			}
		}
		if (!errors.messages.isEmpty()) {
			finish(delivery, errors);
		}
		else if (routed == 0 && unroutable > 0) {
			deliveries.finished(delivery.id(), State.UNROUTABLE, "No connected account has page id(s) of this delivery");
		}
		else {
			deliveries.finished(delivery.id(), State.PROCESSED, unroutable > 0 ? unroutable + " entries unroutable" : null);
		}
	}

	private void apply(ItemErrors errors, long accountId, Event event) {
		if (event instanceof CommentEvent comment) {
			item(errors, () -> comment(accountId, comment));
		}
		else if (event instanceof MessageEvent message) {
			// Looked up before the item's transaction, so no connection is held while Meta answers.
			String name = senderName(accountId, message);
			item(errors, () -> intake.receive(accountId, message.from(name)));
		}
	}

	/**
	 * A comment read from the Graph API instead of a webhook (a backfill): it goes the same way as a webhook's, so a
	 * comment seen both ways arrives once and a removed one stays removed. Answers whether it could be stored.
	 */
	boolean backfilled(long accountId, CommentEvent comment) {
		ItemErrors errors = new ItemErrors();
		item(errors, () -> comment(accountId, comment));
		return errors.messages.isEmpty();
	}

	/** Orders one comment change against what is recorded, and tells the intake what came of it. */
	private void comment(long accountId, CommentEvent event) {
		String id = event.comment().externalId();
		String body = event.change() == Change.REMOVE ? null : event.comment().body();
		CommentLedger.Recorded recorded = ledger.recordIfFirst(accountId, id, event.change(), event.at(), body);
		if (event.change() == Change.ADD) {
			CommentChanges.textOnArrival(recorded.before(), event.comment().body())
				.ifPresent(latest -> intake.receive(accountId, event.withText(latest)));
			return;
		}
		if (!recorded.first()) {
			if (!CommentChanges.aChangeAppliesOnlyWhenNewer(recorded.before(), event.change(), event.at())) {
				return;
			}
			ledger.replace(accountId, id, recorded.before(),
					CommentChanges.afterTheChange(recorded.before(), event.change(), event.at(), body));
		}
		Known now = ledger.known(accountId, id).orElseThrow();
		switch (CommentChanges.effectOf(event.change(), now)) {
			case REMOVED -> intake.changed(accountId, id, null, true);
			case EDITED -> intake.changed(accountId, id, now.body(), false);
			case HIDDEN_CHANGED -> intake.hiddenChanged(accountId, id, now.status() == CommentChanges.Status.HIDDEN);
			case RECEIVE, NOTHING -> {
			}
		}
	}

	/** The sender's profile name, or null when Meta will not say (their id is kept); never fails the message. */
	private String senderName(long accountId, MessageEvent message) {
		if (message.senderId().isBlank()) {
			return null;
		}
		try {
			return senders.name(accountId, message.senderId(), message.instagram())
				.map(WebhookText::storable)
				.orElse(null);
		}
		catch (RuntimeException e) {
			log.warn("A Meta sender's name could not be looked up: {}", e.getClass().getName());
			return null;
		}
	}

	private void item(ItemErrors errors, Runnable work) {
		try {
			ownTransaction.executeWithoutResult(status -> work.run());
		}
		catch (RuntimeException e) {
			log.warn("A Meta webhook item could not be processed: {}", e.getClass().getName());
			errors.add(e);
		}
	}

	/** What failed in a delivery, and whether trying again could help. */
	private static final class ItemErrors {

		private final List<String> messages = new ArrayList<>();

		private boolean worthRetrying;

		void add(RuntimeException e) {
			// The exception's message may quote personal data from the payload; the class and field are enough.
			messages.add(e.getClass().getSimpleName()
					+ (e instanceof InvalidInputException invalid ? " (" + invalid.field() + ")" : ""));
			// Invalid input, or an account that is gone, fails the same way every time.
			worthRetrying |= !(e instanceof InvalidInputException || e instanceof NotFoundException);
		}

	}

}
