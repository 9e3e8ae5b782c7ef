package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.internal.meta.CommentChanges.Change;
import no.samtale.channels.internal.meta.CommentChanges.Known;
import no.samtale.channels.internal.meta.MetaPayload.CommentEvent;
import no.samtale.channels.internal.meta.MetaPayload.Event;

/**
 * The common case of a claimed batch, taken in bulk: deliveries that bring only new comments (Meta's {@code add}
 * for a comment with no recorded change, once in the batch, on a connected page). For those the ordering rules of
 * {@link CommentChanges} have nothing to decide, so the ledger rows, the inbound messages and the deliveries'
 * states are written with a handful of batched statements for the whole batch, instead of two savepoints and
 * half a dozen statements per delivery. Everything else (edits, removals, private messages, a comment seen before,
 * attempts used up, a delivery that is not JSON) is left to {@link MetaDeliveryProcessor}'s one-at-a-time way. So is
 * the whole batch when the bulk write fails (a value the database refuses, another node recording the same comment
 * meanwhile): the bulk write is a savepoint, rolled back whole, and the careful way then finds the one that fails.
 */
@Component
class NewCommentsInBulk {

	private static final Logger log = LoggerFactory.getLogger(NewCommentsInBulk.class);

	/** A new comment of a delivery, routed to its account. */
	private record Item(long accountId, CommentEvent event) {

		String key() {
			return accountId + "/" + event.comment().externalId();
		}

	}

	private final MetaPages pages;

	private final CommentLedger ledger;

	private final Intake intake;

	private final MetaDeliveries deliveries;

	private final JsonMapper json;

	private final TransactionTemplate savepoint;

	NewCommentsInBulk(MetaPages pages, CommentLedger ledger, Intake intake, MetaDeliveries deliveries, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.pages = pages;
		this.ledger = ledger;
		this.intake = intake;
		this.deliveries = deliveries;
		this.json = json;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Processes, in the caller's transaction, the deliveries of the batch that bring only new comments, and answers
	 * the others, in the batch's order, for one-at-a-time processing.
	 */
	List<MetaDeliveries.Claimed> take(List<MetaDeliveries.Claimed> batch) {
		Map<MetaDeliveries.Claimed, List<Item>> bulk = new LinkedHashMap<>();
		Map<String, Integer> times = new HashMap<>();
		for (MetaDeliveries.Claimed delivery : batch) {
			Read read = read(delivery);
			read.comments().forEach(item -> times.merge(item.key(), 1, Integer::sum));
			if (read.onlyNewComments()) {
				bulk.put(delivery, read.comments());
			}
		}
		leaveOutCommentsSeenBefore(bulk, times);
		if (bulk.isEmpty()) {
			return batch;
		}
		try {
			savepoint.executeWithoutResult(status -> store(bulk));
		}
		catch (RuntimeException e) {
			log.info("A batch of {} Meta deliveries could not be stored in bulk; processing them one at a time: {}",
					bulk.size(), e.getClass().getName());
			return batch;
		}
		return batch.stream().filter(delivery -> !bulk.containsKey(delivery)).toList();
	}

	/** The comments a delivery names (any change), and whether it brings nothing but new ones on connected pages. */
	private record Read(List<Item> comments, boolean onlyNewComments) {
	}

	private Read read(MetaDeliveries.Claimed delivery) {
		JsonNode root;
		try {
			root = json.readTree(delivery.payload());
		}
		catch (JacksonException e) {
			return new Read(List.of(), false);
		}
		if (!root.path("entry").isArray()) {
			return new Read(List.of(), false);
		}
		boolean onlyNew = delivery.attempts() <= MetaDeliveryProcessor.MAX_ATTEMPTS;
		String object = WebhookText.storable(root.path("object").asString(""));
		List<Item> items = new ArrayList<>();
		for (JsonNode entry : root.path("entry")) {
			Optional<Long> account = pages.accountOfPage(WebhookText.storable(entry.path("id").asString("")));
			if (account.isEmpty()) {
				onlyNew = false;
				continue;
			}
			for (Event event : MetaPayload.ofEntry(object, entry, Instant.now())) {
				if (event instanceof CommentEvent comment) {
					items.add(new Item(account.get(), comment));
					onlyNew &= comment.change() == Change.ADD;
				}
				else {
					onlyNew = false;
				}
			}
		}
		return new Read(items, onlyNew);
	}

	/**
	 * A comment named twice in the batch (by any delivery: a removal that overtook it must stay a tombstone), or with
	 * a change recorded before, is ordered against what is known, one at a time. One read of the ledger per account.
	 */
	private void leaveOutCommentsSeenBefore(Map<MetaDeliveries.Claimed, List<Item>> bulk, Map<String, Integer> times) {
		Map<Long, List<String>> idsByAccount = new HashMap<>();
		bulk.values().forEach(items -> items.forEach(item -> idsByAccount
			.computeIfAbsent(item.accountId(), account -> new ArrayList<>())
			.add(item.event().comment().externalId())));
		Map<Long, Set<String>> recorded = new HashMap<>();
		idsByAccount.forEach((account, ids) -> recorded.put(account, ledger.recorded(account, ids)));
		bulk.values()
			.removeIf(items -> items.stream()
				.anyMatch(item -> times.get(item.key()) > 1
						|| recorded.get(item.accountId()).contains(item.event().comment().externalId())));
	}

	/** Each comment's first change, the comments themselves, and the deliveries done: batched, per account. */
	private void store(Map<MetaDeliveries.Claimed, List<Item>> bulk) {
		Map<Long, Map<String, Known>> firstChanges = new LinkedHashMap<>();
		Map<Long, List<InboundMessage>> messages = new LinkedHashMap<>();
		bulk.values().forEach(items -> items.forEach(item -> {
			InboundMessage comment = item.event().comment();
			firstChanges.computeIfAbsent(item.accountId(), account -> new LinkedHashMap<>())
				.put(comment.externalId(), CommentChanges.first(Change.ADD, item.event().at(), comment.body()));
			messages.computeIfAbsent(item.accountId(), account -> new ArrayList<>()).add(comment);
		}));
		firstChanges.forEach(ledger::recordAllFirst);
		messages.forEach(intake::receiveAll);
		deliveries.processedAll(bulk.keySet().stream().map(MetaDeliveries.Claimed::id).toList());
	}

}
