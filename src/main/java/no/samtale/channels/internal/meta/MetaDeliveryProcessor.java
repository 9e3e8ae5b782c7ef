package no.samtale.channels.internal.meta;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * Processes stored webhook deliveries, a claimed batch at a time: routes each entry to its account by page id and
 * hands new comments and messages to the {@link Intake}, which stores each Meta id once. A batch is one
 * transaction, and each delivery and each item in it a savepoint, so one bad item is recorded as its delivery's
 * error and the rest still arrive; a delivery that is not JSON at all is kept with its error. A delivery whose
 * items failed for a reason that may pass (the database, a race) is tried again later, at most
 * {@value #MAX_ATTEMPTS} times in all, then kept as FAILED with the error. Edits, removals and hiding are applied only when newer than what is recorded for the
 * comment, and a removal that overtakes its comment leaves a tombstone, so the comment never appears.
 */
@Component
class MetaDeliveryProcessor {

	private static final Logger log = LoggerFactory.getLogger(MetaDeliveryProcessor.class);

	private final MetaDeliveries deliveries;

	private final MetaPages pages;

	private final Intake intake;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final JsonMapper json;

	/** How often a delivery is tried before it is kept as FAILED; every claim counts, a crash's included. */
	static final int MAX_ATTEMPTS = 5;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate ownTransaction;

	private final MetaSenders senders;

	MetaDeliveryProcessor(MetaDeliveries deliveries, MetaPages pages, Intake intake, JdbcClient jdbc,
			DuplicateSafeInsert inserts, JsonMapper json, PlatformTransactionManager transactions,
			MetaSenders senders) {
		this.senders = senders;
		this.deliveries = deliveries;
		this.pages = pages;
		this.intake = intake;
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.json = json;
		this.batchTransaction = new TransactionTemplate(transactions);
		// A savepoint inside the batch's transaction; a transaction of its own when there is none (backfill).
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** One commit for the whole batch: commits, not statements, are what processing costs most. */
	void processAll(List<MetaDeliveries.Claimed> batch) {
		batchTransaction.executeWithoutResult(status -> batch.forEach(this::processOne));
	}

	private void processOne(MetaDeliveries.Claimed delivery) {
		if (delivery.attempts() > MAX_ATTEMPTS) {
			deliveries.finished(delivery.id(), "FAILED", "Gave up after " + MAX_ATTEMPTS + " attempts"
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
			finishWithErrors(delivery, errors);
		}
	}

	private void finishWithErrors(MetaDeliveries.Claimed delivery, ItemErrors errors) {
		String error = String.join("; ", errors.messages);
		if (errors.worthRetrying && delivery.attempts() < MAX_ATTEMPTS) {
			deliveries.retryLater(delivery.id(), error, backoff(delivery.attempts()));
		}
		else {
			deliveries.finished(delivery.id(), "FAILED", error);
		}
	}

	/** 5 s after the first attempt, doubling. */
	static Duration backoff(int attempts) {
		return Duration.ofSeconds(5L << Math.min(Math.max(attempts - 1, 0), 6));
	}

	private void process(MetaDeliveries.Claimed delivery) {
		long deliveryId = delivery.id();
		JsonNode root;
		try {
			root = json.readTree(delivery.payload());
		}
		catch (JacksonException e) {
			// The message of a parse error quotes the payload; only where it broke is recorded.
			deliveries.finished(deliveryId, "FAILED", "Not JSON (" + e.getClass().getSimpleName() + " at "
					+ (e.getLocation() == null ? "?" : e.getLocation().offsetDescription()) + ")");
			return;
		}
		String object = root.path("object").asString("");
		if (!root.path("entry").isArray()) {
			deliveries.finished(deliveryId, "FAILED", "No entry list in a delivery for object '" + object + "'");
			return;
		}
		ItemErrors errors = new ItemErrors();
		int routed = 0;
		int unroutable = 0;
		for (JsonNode entry : root.path("entry")) {
			String pageId = entry.path("id").asString("");
			Optional<Long> account = pages.accountOfPage(pageId);
			if (account.isEmpty()) {
				unroutable++;
				continue;
			}
			routed++;
			Instant at = Instant.ofEpochSecond(entry.path("time").asLong(Instant.now().getEpochSecond()));
			for (JsonNode change : entry.path("changes")) {
				item(errors, () -> change(account.get(), pageId, object, change, at));
			}
			for (JsonNode message : entry.path("messaging")) {
				// Looked up before the item's transaction, so no connection is held while Meta answers.
				String name = senderName(account.get(), pageId, object, message);
				item(errors, () -> message(account.get(), pageId, object, message, name));
			}
		}
		if (!errors.messages.isEmpty()) {
			finishWithErrors(delivery, errors);
		}
		else if (routed == 0 && unroutable > 0) {
			deliveries.finished(deliveryId, "UNROUTABLE", "No connected account has page id(s) of this delivery");
		}
		else {
			deliveries.finished(deliveryId, "PROCESSED", unroutable > 0 ? unroutable + " entries unroutable" : null);
		}
	}

	/**
	 * A comment read from the Graph API instead of a webhook (a backfill): it goes the same way as a webhook's, so a
	 * comment seen both ways arrives once and a removed one stays removed. Answers whether it could be stored.
	 */
	boolean backfilled(long accountId, InboundMessage comment) {
		ItemErrors errors = new ItemErrors();
		item(errors, () -> apply(accountId, "add", comment.sentAt(), comment));
		return errors.messages.isEmpty();
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

	/** A {@code changes} item: page feed comments, or Instagram comments. */
	private void change(long accountId, String pageId, String object, JsonNode change, Instant at) {
		String field = change.path("field").asString("");
		JsonNode value = change.path("value");
		if ("feed".equals(field) && "comment".equals(value.path("item").asString(""))) {
			if (pageId.equals(value.path("from").path("id").asString(""))) {
				return;
			}
			String id = value.path("comment_id").asString("");
			String post = value.path("post_id").asString(value.path("post").path("id").asString(""));
			String parent = value.path("parent_id").asString("");
			String thread = parent.isEmpty() || parent.equals(post) ? id : parent;
			apply(accountId, value.path("verb").asString(""), at, new InboundMessage(id, Visibility.PUBLIC, thread,
					value.path("from").path("id").asString(""), name(value.path("from").path("name"), "Facebook-bruker"),
					body(value.path("message")), post.isEmpty() ? null : post, null, created(value, at)));
		}
		else if ("comments".equals(field) && "instagram".equals(object)) {
			if (pageId.equals(value.path("from").path("id").asString(""))) {
				return;
			}
			String id = value.path("id").asString("");
			String parent = value.path("parent_id").asString("");
			String media = value.path("media").path("id").asString("");
			apply(accountId, "add", at, new InboundMessage(id, Visibility.PUBLIC, parent.isEmpty() ? id : parent,
					value.path("from").path("id").asString(""),
					name(value.path("from").path("username"), "Instagram-bruker"), body(value.path("text")),
					media.isEmpty() ? null : media, null, at));
		}
		// Posts, reactions and other fields are not conversations; they are acknowledged and left.
	}

	/** A {@code messaging} item: Messenger, or Instagram direct messages. */
	private void message(long accountId, String pageId, String object, JsonNode messaging, String name) {
		if (!isFromCitizen(pageId, messaging)) {
			return;
		}
		JsonNode message = messaging.path("message");
		String sender = messaging.path("sender").path("id").asString("");
		Instant at = messaging.has("timestamp") ? Instant.ofEpochMilli(messaging.path("timestamp").asLong())
				: Instant.now();
		intake.receive(accountId, new InboundMessage(message.path("mid").asString(""), Visibility.PRIVATE, sender,
				sender, name, body(message.path("text")), null, null, at));
	}

	private static boolean isFromCitizen(String pageId, JsonNode messaging) {
		JsonNode message = messaging.path("message");
		String sender = messaging.path("sender").path("id").asString("");
		return !message.isMissingNode() && !message.path("is_echo").asBoolean(false) && !sender.equals(pageId);
	}

	/** The sender's profile name, or a label with their id when Meta will not say; never fails the message. */
	private String senderName(long accountId, String pageId, String object, JsonNode messaging) {
		String sender = messaging.path("sender").path("id").asString("");
		boolean instagram = "instagram".equals(object);
		String fallback = (instagram ? "Instagram-bruker " : "Messenger-bruker ") + sender;
		if (!isFromCitizen(pageId, messaging) || sender.isBlank()) {
			return fallback;
		}
		try {
			return senders.name(accountId, sender, instagram).orElse(fallback);
		}
		catch (RuntimeException e) {
			log.warn("A Meta sender's name could not be looked up: {}", e.getClass().getName());
			return fallback;
		}
	}

	private record Item(String status, String body, Instant changedAt, int rank) {
	}

	/**
	 * Applies one comment change in order. Changes are ordered by Meta's time, then by kind (a removal outranks a
	 * hide, which outranks an edit, which outranks the comment itself) when they share a second.
	 */
	private void apply(long accountId, String verb, Instant at, InboundMessage comment) {
		int rank = switch (verb) {
			case "add" -> 0;
			case "edited" -> 1;
			case "hide", "unhide" -> 2;
			case "remove" -> 3;
			default -> -1;
		};
		if (rank < 0) {
			return;
		}
		String status = switch (verb) {
			case "hide" -> "HIDDEN";
			case "remove" -> "REMOVED";
			default -> "VISIBLE";
		};
		String body = "remove".equals(verb) ? null : ("add".equals(verb) || "edited".equals(verb) ? comment.body() : null);
		boolean first = inserts.insert("""
				insert into channels_meta_item (account_id, external_id, status, body, changed_at, change_rank)
				values (:account, :id, :status, :body, :at, :rank)
				""", "account_id, external_id", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("id", comment.externalId())
			.param("status", status)
			.param("body", body)
			.param("at", Timestamp.from(at))
			.param("rank", rank)
			.update()) > 0;
		if ("add".equals(verb)) {
			Item known = first ? null : item(accountId, comment.externalId());
			if (known != null && "REMOVED".equals(known.status())) {
				return;
			}
			String latest = known != null && known.body() != null ? known.body() : comment.body();
			intake.receive(accountId, new InboundMessage(comment.externalId(), comment.kind(),
					comment.threadExternalId(), comment.authorExternalId(), comment.authorName(), latest,
					comment.contextExternalId(), comment.contextBody(), comment.sentAt()));
			return;
		}
		if (!first) {
			Item known = item(accountId, comment.externalId());
			boolean newer = at.isAfter(known.changedAt())
					|| (at.equals(known.changedAt()) && rank >= known.rank());
			if (!newer) {
				return;
			}
			// A removal is final: a later hide or edit does not bring the text back.
			String nextStatus = "REMOVED".equals(known.status()) ? "REMOVED" : status;
			String nextBody = "REMOVED".equals(nextStatus) ? null : rank == 2 ? known.body() : body;
			int updated = jdbc.sql("""
					update channels_meta_item set status = :status, body = :body, changed_at = :at, change_rank = :rank
					where account_id = :account and external_id = :id and changed_at = :knownAt
					  and change_rank = :knownRank
					""")
				.param("status", nextStatus)
				.param("body", nextBody)
				.param("at", Timestamp.from(at))
				.param("rank", rank)
				.param("account", accountId)
				.param("id", comment.externalId())
				.param("knownAt", Timestamp.from(known.changedAt()))
				.param("knownRank", known.rank())
				.update();
			if (updated == 0) {
				// Another change to the same comment won the race; retrying re-reads and orders against it.
				throw new IllegalStateException("Concurrent change to a Meta comment");
			}
		}
		Item now = item(accountId, comment.externalId());
		if ("REMOVED".equals(now.status())) {
			intake.changed(accountId, comment.externalId(), null, true);
		}
		else if ("edited".equals(verb) && now.body() != null) {
			intake.changed(accountId, comment.externalId(), now.body(), false);
		}
		else if (rank == 2) {
			intake.hiddenChanged(accountId, comment.externalId(), "HIDDEN".equals(now.status()));
		}
	}

	private Item item(long accountId, String externalId) {
		return jdbc.sql("select * from channels_meta_item where account_id = :account and external_id = :id")
			.param("account", accountId)
			.param("id", externalId)
			.query((rs, n) -> new Item(rs.getString("status"), rs.getString("body"),
					rs.getTimestamp("changed_at").toInstant(), rs.getInt("change_rank")))
			.single();
	}

	private static Instant created(JsonNode value, Instant fallback) {
		return value.has("created_time") && value.path("created_time").isNumber()
				? Instant.ofEpochSecond(value.path("created_time").asLong()) : fallback;
	}

	private static String name(JsonNode node, String fallback) {
		String name = node.asString("");
		return name.isBlank() ? fallback : name;
	}

	private static String body(JsonNode node) {
		String text = node.asString("");
		return text.isBlank() ? "(Uten tekst: bilde, klistremerke eller vedlegg)" : text;
	}

}
