package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * Asks the Graph API whether an attempt whose outcome is unknown got through, since Meta takes no idempotency key:
 * the page's own item with the same text, made since the outbox entry was created. A public reply is looked for among
 * the replies to its comment ({@code GET /{comment-id}/comments}, Instagram {@code /replies}), a message in the
 * conversation with the person ({@code GET /{page-id}/conversations?user_id=}), a post in the page's feed or its
 * scheduled posts. A private reply to a comment is not looked up: Meta allows one per comment and refuses a second,
 * so sending it again cannot reach the citizen twice. Hiding, showing and deleting are safe to repeat.
 */
@Component
class MetaEarlierDeliveries {

	/** Meta's clock and ours may differ; an item a little older than the entry still counts. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final GraphApi graph;

	MetaEarlierDeliveries(GraphApi graph) {
		this.graph = graph;
	}

	Optional<String> find(OutboundDelivery delivery, Page page, String token, Instant since) throws DeliveryFailure {
		long account = page.accountId();
		boolean instagram = page.kind() == PageKind.INSTAGRAM;
		Instant from = since.minus(CLOCK_SKEW);
		String text = delivery.body();
		return switch (delivery.action()) {
			case REPLY -> instagram
					? ownItem(graph.get(account, "/" + delivery.targetExternalId() + "/replies",
							Map.of("fields", "id,text,from,timestamp", "limit", "100"), token).path("data"),
							page.pageId(), "text", "timestamp", text, from)
					: ownItem(graph.get(account, "/" + delivery.targetExternalId() + "/comments",
							Map.of("fields", "id,message,from,created_time", "filter", "stream", "order",
									"reverse_chronological", "limit", "100"), token).path("data"),
							page.pageId(), "message", "created_time", text, from);
			case MESSAGE -> message(page, token, delivery.targetExternalId(), text, from, instagram);
			case PUBLISH -> instagram ? instagramMedia(graph.get(account, "/" + page.pageId() + "/media",
					Map.of("fields", "id,caption,timestamp", "limit", "25"), token).path("data"), text, from)
					: ownItem(graph.get(account, "/" + page.pageId() + "/feed",
					Map.of("fields", "id,message,from,created_time", "limit", "25"), token).path("data"),
					page.pageId(), "message", "created_time", text, from);
			case SCHEDULE -> scheduled(graph.get(account, "/" + page.pageId() + "/scheduled_posts",
					Map.of("fields", "id,message", "limit", "100"), token).path("data"), text);
			case REPLY_PRIVATELY, HIDE, UNHIDE, DELETE -> Optional.empty();
		};
	}

	private Optional<String> message(Page page, String token, String person, String text, Instant from,
			boolean instagram) throws DeliveryFailure {
		JsonNode conversations = graph.get(page.accountId(), "/" + page.pageId() + "/conversations",
				Map.of("user_id", person, "platform", instagram ? "instagram" : "messenger", "fields",
						"messages.limit(25){id,message,from,created_time}"), token);
		for (JsonNode conversation : conversations.path("data")) {
			Optional<String> found = ownItem(conversation.path("messages").path("data"), page.pageId(), "message",
					"created_time", text, from);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The id of the first item in {@code items} written by the page itself with this text (spaces at the ends aside)
	 * at or after {@code from}; empty when there is none.
	 */
	static Optional<String> ownItem(JsonNode items, String pageId, String textField, String timeField, String text,
			Instant from) {
		for (JsonNode item : items) {
			boolean own = pageId.equals(item.path("from").path("id").asString(""));
			boolean same = text.strip().equals(item.path(textField).asString("").strip());
			boolean recent = !MetaPayload.graphTime(item.path(timeField).asString("")).isBefore(from);
			if (own && same && recent && !item.path("id").asString("").isEmpty()) {
				return Optional.of(item.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/** An Instagram account's media are all its own; the caption and the time tell which. */
	private static Optional<String> instagramMedia(JsonNode items, String text, Instant from) {
		for (JsonNode item : items) {
			boolean same = text.strip().equals(item.path("caption").asString("").strip());
			boolean recent = !MetaPayload.graphTime(item.path("timestamp").asString("")).isBefore(from);
			if (same && recent && !item.path("id").asString("").isEmpty()) {
				return Optional.of(item.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/** Scheduled posts are all the page's own and not yet published; the text tells which. */
	private static Optional<String> scheduled(JsonNode items, String text) {
		for (JsonNode item : items) {
			if (text.strip().equals(item.path("message").asString("").strip())) {
				return Optional.of(item.path("id").asString());
			}
		}
		return Optional.empty();
	}

}
